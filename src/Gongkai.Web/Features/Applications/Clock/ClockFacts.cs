namespace Gongkai.Web.Features.Applications.Clock;

/// <summary>What happened to a case that bears on its deadlines; everything the clock needs, nothing else.</summary>
public sealed record ClockFacts(DateOnly ReceivedOn)
{
    public DateOnly? SupplementRequestedOn { get; init; }

    /// <summary>The period the supplement notice gives the applicant.</summary>
    public int SupplementWorkingDays { get; init; }

    public DateOnly? SupplementReceivedOn { get; init; }

    /// <summary>Consultations (条例第三十二、三十四条) and fee notices (国办函〔2020〕109号): the reply clock stands still.</summary>
    public IReadOnlyList<ClockPause> Pauses { get; init; } = [];

    public int ExtensionDays { get; init; }
}

/// <summary>The clock stopped from the day after <see cref="From"/> through <see cref="To"/>; open while To is null.</summary>
public sealed record ClockPause(DateOnly From, DateOnly? To);
