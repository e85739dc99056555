namespace Gongkai.Web.Platform.Calendar;

/// <summary>Counting working days over any rule of which days are working days; the calendars below share it.</summary>
public static class WorkingDayCount
{
    // 《民法典》第二百零一条: a period counted in days excludes the day it starts on, so
    // "within N working days of D" ends on the N-th working day after D.
    public static DateOnly Add(Func<DateOnly, bool> isWorkingDay, DateOnly from, int days)
    {
        ArgumentNullException.ThrowIfNull(isWorkingDay);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        for (var remaining = days; remaining > 0;)
        {
            date = date.AddDays(1);
            if (isWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; 0 when the range is empty.</summary>
    public static int Between(Func<DateOnly, bool> isWorkingDay, DateOnly fromExclusive, DateOnly toInclusive)
    {
        ArgumentNullException.ThrowIfNull(isWorkingDay);
        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (isWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
