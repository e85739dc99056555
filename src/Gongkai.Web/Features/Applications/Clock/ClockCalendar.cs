using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Clock;

/// <summary>
/// Working-day arithmetic that keeps going past the last loaded year: there it counts Monday to Friday and marks the
/// result provisional. A reply due in January must be shown in December, before the State Council announces the
/// holidays; when an administrator adds the year, every open case is recomputed (IRecomputeDeadlines).
/// </summary>
public sealed class ClockCalendar(WorkingDayCalendar calendar)
{
    public bool Provisional { get; private set; }

    public bool IsWorkingDay(DateOnly date)
    {
        if (calendar.LoadedYears.Contains(date.Year))
        {
            return calendar.IsWorkingDay(date);
        }

        Provisional = true;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public DateOnly AddWorkingDays(DateOnly from, int days) => WorkingDayCount.Add(IsWorkingDay, from, days);

    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) => WorkingDayCount.Between(IsWorkingDay, fromExclusive, toInclusive);

    /// <summary>Working days from today to the due date; negative once it has passed, 0 on the day itself.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly dueOn) =>
        dueOn >= today ? CountWorkingDays(today, dueOn) : -CountWorkingDays(dueOn, today);
}
