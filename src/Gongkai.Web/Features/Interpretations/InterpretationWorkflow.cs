using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>
/// The life of an interpretation as one table: (status, action) → status, and the role that may take the action.
/// 谁起草、谁解读: the drafting office writes it, the office reviews it, the confidentiality reviewer clears it like any
/// document (nothing is published without 保密审查), the disclosure office publishes it.
/// </summary>
public static class InterpretationWorkflow
{
    public static readonly IReadOnlyList<Transition> Table =
    [
        new(InterpretationStatus.Draft, InterpretationAction.Submit, InterpretationStatus.OfficeReview, StaffRole.Drafter),
        new(InterpretationStatus.OfficeReview, InterpretationAction.Return, InterpretationStatus.Draft, StaffRole.OfficeReviewer),
        new(InterpretationStatus.OfficeReview, InterpretationAction.PassOfficeReview, InterpretationStatus.ConfidentialityReview, StaffRole.OfficeReviewer),
        new(InterpretationStatus.ConfidentialityReview, InterpretationAction.Return, InterpretationStatus.Draft, StaffRole.ConfidentialityReviewer),
        new(InterpretationStatus.ConfidentialityReview, InterpretationAction.PassConfidentialityReview, InterpretationStatus.Approved, StaffRole.ConfidentialityReviewer),
        new(InterpretationStatus.Approved, InterpretationAction.Return, InterpretationStatus.Draft, StaffRole.DisclosureOfficer),
        new(InterpretationStatus.Approved, InterpretationAction.Publish, InterpretationStatus.Published, StaffRole.DisclosureOfficer),
        new(InterpretationStatus.Published, InterpretationAction.Withdraw, InterpretationStatus.Withdrawn, StaffRole.DisclosureOfficer),
    ];

    public static Transition Find(InterpretationStatus from, InterpretationAction action) =>
        Table.FirstOrDefault(t => t.From == from && t.Action == action)
        ?? throw new DomainException($"“{from.ToChinese()}”状态的解读不能执行“{action.ToChinese()}”。");

    public static IEnumerable<Transition> From(InterpretationStatus status) => Table.Where(t => t.From == status);

    public sealed record Transition(InterpretationStatus From, InterpretationAction Action, InterpretationStatus To, string Role);
}
