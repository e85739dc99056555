using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>When a message is owed its answer, and when waiting has become a risk for the national website check.</summary>
public static class MessageDeadline
{
    public const string NationalCheckRisk = "超过3个月未回复：国家网站检查单项否决";

    /// <summary>
    /// The answer period counts from the day after receipt, in working days (《民法典》第二百零一条). Past the last loaded
    /// year it counts Monday to Friday and says so: the date is recounted when the year's holidays are added.
    /// </summary>
    public static (DateOnly DueOn, bool Provisional) DueOn(WorkingDayCalendar calendar, DateOnly receivedOn, int answerWorkingDays)
    {
        var clock = new ClockCalendar(calendar);
        var due = clock.AddWorkingDays(receivedOn, answerWorkingDays);
        return (due, clock.Provisional);
    }

    public static bool Overdue(MessageStatus status, DateOnly dueOn, DateOnly today) => status.AwaitsAnswer() && dueOn < today;

    /// <summary>
    /// 政府网站与政务新媒体检查指标: a valid message left unanswered for more than three months fails the site outright.
    /// </summary>
    public static bool FailsNationalCheck(MessageStatus status, DateOnly receivedOn, DateOnly today) =>
        status.AwaitsAnswer() && receivedOn.AddMonths(3) < today;
}
