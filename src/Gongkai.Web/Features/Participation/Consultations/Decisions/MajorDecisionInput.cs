namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>A catalog item as checked from the form: the steps in <see cref="DecisionStep"/> order.</summary>
public sealed record MajorDecisionInput(
    int Year, string Title, string Department, string PlannedTime, DecisionStatus Status, bool Published,
    Guid? ConsultationId, string DocumentIndexNumber, IReadOnlyDictionary<DecisionStep, (StepState State, string Reason)> Steps);
