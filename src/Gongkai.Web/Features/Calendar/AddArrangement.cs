using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Calendar;

/// <summary>
/// A platform administrator records a holiday or a make-up working day: usually the next year's arrangement once the
/// State Council has announced it, sometimes a correction of a date in the shipped official data.
/// </summary>
internal sealed class AddArrangement(GongkaiDbContext db, CalendarChanges changes, TimeProvider time)
{
    public async Task<ArrangementSaved> HandleAsync(DateOnly date, bool isOffDay, string? name, string addedBy, CancellationToken cancellationToken = default)
    {
        if (date < CalendarInput.Earliest || date > CalendarInput.Latest)
        {
            throw new DomainException($"日期应在{CalendarInput.Earliest.Year}年至{CalendarInput.Latest.Year}年之间。");
        }

        var official = OfficialArrangements.On(date);
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!isOffDay && !weekend && official is null)
        {
            throw new DomainException($"{ChineseDate.FormatWithWeekday(date)}本来就是工作日。调休上班日应是周六或周日。");
        }

        var existing = await db.CalendarArrangements.SingleOrDefaultAsync(a => a.Date == date, cancellationToken);
        if (official is not null && official.IsOffDay == isOffDay && official.Name == name?.Trim())
        {
            throw new DomainException(existing is null
                ? $"{ChineseDate.Format(date)}在官方数据中已是同样的安排，无需录入。"
                : $"{ChineseDate.Format(date)}在官方数据中就是这样的安排。如需恢复官方安排，请删除该日的管理员更正。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var previous = existing?.ToCalendarDay();
        if (existing is null)
        {
            existing = new CalendarArrangement(date, isOffDay, name ?? "", addedBy, now);
            db.CalendarArrangements.Add(existing);
        }
        else
        {
            existing.Revise(isOffDay, name ?? "", addedBy, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators saving the same date at once: the primary key keeps one of them.
            throw new DomainException($"{ChineseDate.Format(date)}的安排刚被其他管理员修改，请刷新后重试。");
        }

        await changes.AnnounceAsync(cancellationToken);
        return new ArrangementSaved(existing.ToCalendarDay(), previous, official);
    }
}

/// <summary>What was saved, what this administrator entry replaced (if any) and the official arrangement it overrides (if any).</summary>
internal sealed record ArrangementSaved(CalendarDay Saved, CalendarDay? ReplacedEntry, CalendarDay? Official);
