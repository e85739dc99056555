using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Calendar;

/// <summary>A period of working days worked out: its last day and the holidays and make-up days it runs through.</summary>
internal sealed record DeadlineCalculation(DateOnly From, int Days, DateOnly Due, IReadOnlyList<ArrangementRun> Crossed)
{
    /// <summary>Natural days from the day after <see cref="From"/> to <see cref="Due"/>, both included.</summary>
    public int CalendarDays => Due.DayNumber - From.DayNumber;

    // 《民法典》第二百零一条: the start day is not counted; the period ends on the N-th working day after it.
    public static DeadlineCalculation Compute(WorkingDayCalendar calendar, DateOnly from, int days)
    {
        var due = calendar.AddWorkingDays(from, days);
        var crossed = new List<CalendarDay>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= due; month = month.AddMonths(1))
        {
            crossed.AddRange(calendar.ArrangementsIn(month.Year, month.Month).Where(d => d.Date > from && d.Date <= due));
        }

        return new DeadlineCalculation(from, days, due, ArrangementRun.Group(crossed));
    }
}

/// <summary>Consecutive days with the same arrangement (国庆节 放假 10月1日至7日), shown as one line.</summary>
internal sealed record ArrangementRun(DateOnly First, DateOnly Last, bool IsOffDay, string Name)
{
    public int Length => Last.DayNumber - First.DayNumber + 1;

    public static IReadOnlyList<ArrangementRun> Group(IEnumerable<CalendarDay> days)
    {
        var runs = new List<ArrangementRun>();
        foreach (var day in days.OrderBy(d => d.Date))
        {
            if (runs.Count > 0
                && runs[^1] is var last
                && last.Last.AddDays(1) == day.Date
                && last.IsOffDay == day.IsOffDay
                && last.Name == day.Name)
            {
                runs[^1] = last with { Last = day.Date };
            }
            else
            {
                runs.Add(new ArrangementRun(day.Date, day.Date, day.IsOffDay, day.Name));
            }
        }

        return runs;
    }
}
