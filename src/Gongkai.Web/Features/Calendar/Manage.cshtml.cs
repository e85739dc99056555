using System.Globalization;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Calendar;

/// <summary>
/// Platform administrators keep the working-day calendar: a month view, the year's arrangements, entering and deleting
/// holidays and make-up days, and confirming that a year is complete. Authorization comes from the route prefix.
/// </summary>
internal sealed class ManageModel(
    WorkingCalendar calendar,
    GongkaiDbContext db,
    AddArrangement addArrangement,
    RemoveArrangement removeArrangement,
    ConfirmYear confirmYear,
    TimeProvider time) : PageModel
{
    public const string OffDay = "off";
    public const string MakeUpDay = "work";

    public DateOnly Today { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public MonthView View { get; private set; } = null!;
    public bool YearLoaded { get; private set; }
    public bool OfficialYear => OfficialHolidays.Years.Contains(Year);
    public IReadOnlyList<ArrangementRow> Rows { get; private set; } = [];
    public IReadOnlyList<CalendarYear> ConfirmedYears { get; private set; } = [];
    public IReadOnlyList<PendingYear> PendingYears { get; private set; } = [];
    public (int Year, int Month)? Previous { get; private set; }
    public (int Year, int Month)? Next { get; private set; }

    public ArrangementRow? DeleteCandidate { get; private set; }
    public int? ConfirmCandidate { get; private set; }
    public int ConfirmCandidateEntries { get; private set; }

    public string AddDate { get; private set; } = "";
    public string AddKind { get; private set; } = OffDay;
    public string AddName { get; private set; } = "";
    public string? AddDateError { get; private set; }
    public string? AddKindError { get; private set; }
    public string? AddError { get; private set; }
    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public static string FirstOfficialYear => OfficialHolidays.Years.Min().ToString(CultureInfo.InvariantCulture);
    public static string LastOfficialYear => OfficialHolidays.Years.Max().ToString(CultureInfo.InvariantCulture);

    public async Task OnGetAsync(int? year, int? month, string? delete, int? confirmYear, CancellationToken cancellationToken)
    {
        SelectMonth(year, month);
        await LoadAsync(cancellationToken);

        if (delete is not null)
        {
            DeleteCandidate = DateOnly.TryParseExact(delete, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? await RowAsync(date, cancellationToken)
                : null;
            if (DeleteCandidate?.Added is null)
            {
                DeleteCandidate = null;
                Error = "该日期没有管理员录入的安排，无需删除。官方数据不能删除，如有错误请录入更正。";
            }
        }

        if (confirmYear is { } candidate)
        {
            if (OfficialHolidays.Years.Contains(candidate))
            {
                Error = $"{candidate}年的安排来自内置的官方数据，已经载入，无需确认。";
            }
            else if (ConfirmedYears.Any(y => y.Year == candidate))
            {
                Error = $"{candidate}年的安排已经确认过。";
            }
            else
            {
                ConfirmCandidate = candidate;
                ConfirmCandidateEntries = PendingYears.FirstOrDefault(p => p.Year == candidate)?.Entries ?? 0;
            }
        }
    }

    public async Task<IActionResult> OnPostAddAsync(string? date, string? kind, string? name, CancellationToken cancellationToken)
    {
        AddDate = date?.Trim() ?? "";
        AddKind = kind ?? "";
        AddName = name?.Trim() ?? "";
        var dateOk = CalendarInput.TryParseDate(date, "日期", out var day, out var dateError);
        AddDateError = dateError;
        if (kind is not (OffDay or MakeUpDay))
        {
            AddKindError = "请选择“放假”或“调休上班”。";
        }

        if (dateOk && AddKindError is null)
        {
            try
            {
                var saved = await addArrangement.HandleAsync(day, kind == OffDay, name, User.GetDisplayName(), cancellationToken);
                Notice = await SavedNoticeAsync(saved, cancellationToken);
                return RedirectToPage(new { year = day.Year, month = day.Month });
            }
            catch (DomainException ex)
            {
                AddError = ex.Message;
            }
        }

        SelectMonth(dateOk ? day.Year : null, dateOk ? day.Month : null);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? date, CancellationToken cancellationToken)
    {
        if (!CalendarInput.TryParseDate(date, "日期", out var day, out var dateError))
        {
            return await ShowErrorAsync(dateError, null, null, cancellationToken);
        }

        try
        {
            var removed = await removeArrangement.HandleAsync(day, cancellationToken);
            var official = OfficialArrangements.On(day);
            Notice = $"已删除{ChineseDate.FormatWithWeekday(day)}的安排“{Describe(removed)}”。"
                + (official is null ? "该日恢复按周末规则计算。" : $"该日恢复为官方数据“{Describe(official)}”。");
            return RedirectToPage(new { year = day.Year, month = day.Month });
        }
        catch (DomainException ex)
        {
            return await ShowErrorAsync(ex.Message, day.Year, day.Month, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostConfirmYearAsync(int? year, CancellationToken cancellationToken)
    {
        if (year is not { } confirmed)
        {
            return await ShowErrorAsync("请指定要确认的年份。", null, null, cancellationToken);
        }

        try
        {
            await confirmYear.HandleAsync(confirmed, User.GetDisplayName(), cancellationToken);
            Notice = $"已确认{confirmed}年的安排完整录入，现在可以计算跨入{confirmed}年的期限。";
            return RedirectToPage(new { year = confirmed, month = 1 });
        }
        catch (DomainException ex)
        {
            return await ShowErrorAsync(ex.Message, confirmed, 1, cancellationToken);
        }
    }

    public static string Describe(CalendarDay day) => $"{day.Name} {(day.IsOffDay ? "放假" : "调休上班")}";

    public static string Link(int year, int month) => $"/admin/platform/calendar?year={year}&month={month}";

    public static string BeijingTime(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private async Task<IActionResult> ShowErrorAsync(string message, int? year, int? month, CancellationToken cancellationToken)
    {
        Error = message;
        SelectMonth(year, month);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<string> SavedNoticeAsync(ArrangementSaved saved, CancellationToken cancellationToken)
    {
        var day = saved.Saved;
        var text = saved.Official is not null
            ? $"已更正官方数据：{ChineseDate.FormatWithWeekday(day.Date)}原为“{Describe(saved.Official)}”，现为“{Describe(day)}”。"
            : saved.ReplacedEntry is not null
                ? $"已修改：{ChineseDate.FormatWithWeekday(day.Date)}由“{Describe(saved.ReplacedEntry)}”改为“{Describe(day)}”。"
                : $"已录入：{ChineseDate.FormatWithWeekday(day.Date)} {Describe(day)}。";
        var current = await calendar.CurrentAsync(cancellationToken);
        return current.LoadedYears.Contains(day.Date.Year)
            ? text
            : text + $"{day.Date.Year}年的安排全部录入后，请确认该年安排已完整录入，才能计算跨入该年的期限。";
    }

    private void SelectMonth(int? year, int? month)
    {
        var today = ChineseDate.Today(time);
        Today = today;
        var first = CalendarInput.Earliest;
        var last = CalendarInput.Latest;
        var chosen = year is { } y && month is { } m && m is >= 1 and <= 12 && y >= first.Year && y <= last.Year
            ? new DateOnly(y, m, 1)
            : year is { } onlyYear && onlyYear >= first.Year && onlyYear <= last.Year
                ? new DateOnly(onlyYear, 1, 1)
                : new DateOnly(today.Year, today.Month, 1);
        Year = chosen.Year;
        Month = chosen.Month;
        var previous = chosen.AddMonths(-1);
        var next = chosen.AddMonths(1);
        Previous = previous >= first ? (previous.Year, previous.Month) : null;
        Next = next <= last ? (next.Year, next.Month) : null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var current = await calendar.CurrentAsync(cancellationToken);
        View = MonthView.Build(current, Year, Month);
        YearLoaded = current.LoadedYears.Contains(Year);

        ConfirmedYears = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        var added = await db.CalendarArrangements.AsNoTracking().ToListAsync(cancellationToken);
        var loaded = current.LoadedYears;
        PendingYears = [.. added
            .GroupBy(a => a.Date.Year)
            .Where(g => !loaded.Contains(g.Key))
            .OrderBy(g => g.Key)
            .Select(g => new PendingYear(g.Key, g.Count()))];

        var addedThisYear = added.Where(a => a.Date.Year == Year).ToDictionary(a => a.Date);
        var officialThisYear = OfficialArrangements.In(Year).ToDictionary(d => d.Date);
        Rows = [.. officialThisYear.Keys
            .Union(addedThisYear.Keys)
            .Order()
            .Select(date => new ArrangementRow(date, officialThisYear.GetValueOrDefault(date), addedThisYear.GetValueOrDefault(date)))];
    }

    private async Task<ArrangementRow?> RowAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var added = await db.CalendarArrangements.AsNoTracking().SingleOrDefaultAsync(a => a.Date == date, cancellationToken);
        var official = OfficialArrangements.On(date);
        return added is null && official is null ? null : new ArrangementRow(date, official, added);
    }
}

/// <summary>One date of the year's list: the official arrangement, an administrator's entry, or both (a correction).</summary>
internal sealed record ArrangementRow(DateOnly Date, CalendarDay? Official, CalendarArrangement? Added)
{
    public CalendarDay Effective => Added?.ToCalendarDay() ?? Official!;
}

/// <summary>A year with administrator entries that has not been confirmed yet, so deadlines cannot run into it.</summary>
internal sealed record PendingYear(int Year, int Entries);
