using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// 以适当方式反馈或者公布意见采纳情况: no rule fixes a number of days, so supervision holds a closed consultation to
/// answering its comments and publishing the adoption report within 15 working days of the closing date, the period
/// 条例第三十二条 gives a consulted party to answer (docs/adr/0013-supervision.md).
/// </summary>
public static class AdoptionReportDeadline
{
    public const int WorkingDays = 15;

    /// <summary>When the year is not loaded yet, three calendar weeks: earlier than the real date, so it warns early.</summary>
    public static DateOnly DueOn(WorkingDayCalendar calendar, DateOnly closesOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            return calendar.AddWorkingDays(closesOn, WorkingDays);
        }
        catch (CalendarYearNotLoadedException)
        {
            return closesOn.AddDays(21);
        }
    }
}
