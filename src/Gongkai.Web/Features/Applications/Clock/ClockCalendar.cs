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

    // 《民法典》第二百零一条: the day a period starts on is not counted.
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        for (var remaining = days; remaining > 0;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; 0 when the range is empty.</summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Working days from today to the due date; negative once it has passed, 0 on the day itself.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly dueOn) =>
        dueOn >= today ? CountWorkingDays(today, dueOn) : -CountWorkingDays(dueOn, today);
}
