namespace Gongkai.Web.Features.Applications.Clock;

/// <summary>The deadlines of a case as the clock reads them.</summary>
public sealed record ClockReading(
    DateOnly ClockStartsOn,
    DateOnly SupplementNoticeDueOn,
    DateOnly? SupplementDueOn,
    DateOnly? ReplyDueOn,
    int PausedWorkingDays,
    int? WorkingDaysLeftWhenStopped,
    bool Provisional)
{
    /// <summary>Waiting for a supplement or a consultation or a payment: no reply is due until it moves again.</summary>
    public bool Stopped => ReplyDueOn is null;
}
