using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Clock;

/// <summary>The statutory clock of an application, in working days of the official calendar.</summary>
public static class ReplyClock
{
    /// <summary>条例第三十三条: a reply within 20 working days of receipt.</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>条例第三十三条: one extension of at most 20 working days.</summary>
    public const int MaxExtensionDays = 20;

    /// <summary>条例第三十条: the single supplement notice goes out within 7 working days of receipt.</summary>
    public const int SupplementNoticeWorkingDays = 7;

    /// <summary>条例第三十二、三十四条: a third party or another agency answers within 15 working days.</summary>
    public const int ConsultationWorkingDays = 15;

    public static ClockReading Read(WorkingDayCalendar calendar, ClockFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var days = new ClockCalendar(calendar);
        var noticeDue = days.AddWorkingDays(facts.ReceivedOn, SupplementNoticeWorkingDays);
        DateOnly? supplementDue = facts.SupplementRequestedOn is { } requested
            ? days.AddWorkingDays(requested, facts.SupplementWorkingDays)
            : null;

        // 条例第三十条: the period counts again from the day the corrected application is received.
        var start = facts.SupplementReceivedOn ?? facts.ReceivedOn;
        var waitingForSupplement = facts.SupplementRequestedOn is not null && facts.SupplementReceivedOn is null;
        var paused = PausedDays(days, start, facts.Pauses.Where(p => p.To is not null));
        var allowed = ReplyWorkingDays + facts.ExtensionDays + paused;
        var open = facts.Pauses.Where(p => p.To is null).Select(p => (DateOnly?)p.From).Min();

        if (waitingForSupplement)
        {
            return new ClockReading(start, noticeDue, supplementDue, null, paused, ReplyWorkingDays, days.Provisional);
        }

        if (open is { } stoppedOn)
        {
            var left = allowed - days.CountWorkingDays(start, stoppedOn);
            return new ClockReading(start, noticeDue, supplementDue, null, paused, left, days.Provisional);
        }

        return new ClockReading(start, noticeDue, supplementDue, days.AddWorkingDays(start, allowed), paused, null, days.Provisional);
    }

    /// <summary>The day a consultation's answer is due.</summary>
    public static DateOnly ConsultationDueOn(WorkingDayCalendar calendar, DateOnly sentOn) =>
        new ClockCalendar(calendar).AddWorkingDays(sentOn, ConsultationWorkingDays);

    /// <summary>The last day to pay a fee notice, the window being the agency's setting (20 working days by default).</summary>
    public static DateOnly PaymentDueOn(WorkingDayCalendar calendar, DateOnly noticeOn, int workingDays) =>
        new ClockCalendar(calendar).AddWorkingDays(noticeOn, workingDays);

    public static int WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today, DateOnly dueOn) =>
        new ClockCalendar(calendar).WorkingDaysLeft(today, dueOn);

    // Overlapping pauses (a consultation while a fee is outstanding) stop the clock once, not twice; days before the
    // clock (re)started do not count.
    private static int PausedDays(ClockCalendar days, DateOnly start, IEnumerable<ClockPause> pauses)
    {
        var stopped = new HashSet<DateOnly>();
        foreach (var pause in pauses)
        {
            for (var date = Max(pause.From, start).AddDays(1); date <= pause.To; date = date.AddDays(1))
            {
                if (days.IsWorkingDay(date))
                {
                    stopped.Add(date);
                }
            }
        }

        return stopped.Count;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
