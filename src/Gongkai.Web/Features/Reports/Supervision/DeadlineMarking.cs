using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>The marking of supervision: late once the due day has passed, due soon from 3 working days ahead.</summary>
public static class DeadlineMarking
{
    public const int DueSoonWorkingDays = 3;

    /// <summary>The last day that still counts as due soon; past the loaded years weekends only (the clock's rule).</summary>
    public static DateOnly SoonUntil(WorkingDayCalendar calendar, DateOnly today) =>
        new ClockCalendar(calendar).AddWorkingDays(today, DueSoonWorkingDays);

    public static DeadlineStatus Of(DateOnly dueOn, DateOnly today, DateOnly soonUntil) =>
        dueOn < today ? DeadlineStatus.Overdue
        : dueOn <= soonUntil ? DeadlineStatus.DueSoon
        : DeadlineStatus.Normal;
}
