using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Calendar;

internal enum DayKind
{
    WorkingDay,
    RestDay,
    Holiday,
    MakeUpDay,
}

internal static class DayKindNames
{
    public static string ToChinese(this DayKind kind) => kind switch
    {
        DayKind.WorkingDay => "工作日",
        DayKind.RestDay => "休息日",
        DayKind.Holiday => "节假日",
        DayKind.MakeUpDay => "调休上班",
        _ => "",
    };

    public static string? CssClass(this DayKind kind) => kind switch
    {
        DayKind.Holiday => "off-day",
        DayKind.MakeUpDay => "makeup-day",
        DayKind.RestDay => "muted",
        _ => null,
    };
}

internal sealed record MonthDay(DateOnly Date, DayKind Kind, string? Name);

/// <summary>A month laid out in weeks from Monday to Sunday, each day marked from the arrangements and the weekday rule.</summary>
internal sealed record MonthView(int Year, int Month, IReadOnlyList<IReadOnlyList<MonthDay?>> Weeks)
{
    public static readonly IReadOnlyList<DayOfWeek> WeekdayOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    // Built from the arrangements rather than IsWorkingDay so that a year not yet confirmed can still be shown while it is entered.
    public static MonthView Build(WorkingDayCalendar calendar, int year, int month)
    {
        var arrangements = calendar.ArrangementsIn(year, month).ToDictionary(d => d.Date);
        var first = new DateOnly(year, month, 1);
        var days = new List<MonthDay?>();
        days.AddRange(Enumerable.Repeat<MonthDay?>(null, ((int)first.DayOfWeek + 6) % 7));
        for (var date = first; date.Month == month; date = date.AddDays(1))
        {
            days.Add(arrangements.TryGetValue(date, out var arrangement)
                ? new MonthDay(date, arrangement.IsOffDay ? DayKind.Holiday : DayKind.MakeUpDay, arrangement.Name)
                : new MonthDay(date, date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.RestDay : DayKind.WorkingDay, null));
        }

        while (days.Count % 7 != 0)
        {
            days.Add(null);
        }

        return new MonthView(year, month, [.. days.Chunk(7).Select(week => (IReadOnlyList<MonthDay?>)week)]);
    }
}
