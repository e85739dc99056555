using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Publications;

/// <summary>条例第二十六条: a proactive document is published within 20 working days of being formed.</summary>
public static class PublicationDeadline
{
    public const int WorkingDays = 20;

    /// <summary>
    /// The 20th working day after the written-on date. When that year's holidays are not loaded yet (late December,
    /// before the State Council notice is entered), four calendar weeks: never later than the real deadline outside
    /// 春节, so the dashboard warns early rather than late; the next edit recomputes it.
    /// </summary>
    public static DateOnly DueOn(WorkingDayCalendar calendar, DateOnly writtenOn)
    {
        try
        {
            return calendar.AddWorkingDays(writtenOn, WorkingDays);
        }
        catch (CalendarYearNotLoadedException)
        {
            return writtenOn.AddDays(28);
        }
    }
}
