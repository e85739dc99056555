using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Publications;

/// <summary>
/// The life of a document as one table: (status, action) → status, and the role that may take the action.
/// 谁发布谁审查、谁审查谁负责: every move is recorded in the document's history.
/// </summary>
public static class DocumentWorkflow
{
    /// <summary>The scheduler publishes scheduled documents; no person holds this role.</summary>
    public const string System = "System";

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(DocumentStatus.Draft, DocumentAction.Submit, DocumentStatus.OfficeReview, StaffRole.Drafter),
        new(DocumentStatus.OfficeReview, DocumentAction.Return, DocumentStatus.Draft, StaffRole.OfficeReviewer),
        new(DocumentStatus.OfficeReview, DocumentAction.PassOfficeReview, DocumentStatus.ConfidentialityReview, StaffRole.OfficeReviewer),
        new(DocumentStatus.ConfidentialityReview, DocumentAction.Return, DocumentStatus.Draft, StaffRole.ConfidentialityReviewer),
        new(DocumentStatus.ConfidentialityReview, DocumentAction.PassConfidentialityReview, DocumentStatus.Approved, StaffRole.ConfidentialityReviewer),
        new(DocumentStatus.Approved, DocumentAction.Publish, DocumentStatus.Published, StaffRole.DisclosureOfficer),
        new(DocumentStatus.Approved, DocumentAction.Schedule, DocumentStatus.Scheduled, StaffRole.DisclosureOfficer),
        new(DocumentStatus.Scheduled, DocumentAction.PublishScheduled, DocumentStatus.Published, System),
        new(DocumentStatus.Approved, DocumentAction.Register, DocumentStatus.Registered, StaffRole.DisclosureOfficer),
        new(DocumentStatus.Published, DocumentAction.Withdraw, DocumentStatus.Withdrawn, StaffRole.DisclosureOfficer),
        new(DocumentStatus.Published, DocumentAction.Correct, DocumentStatus.Published, StaffRole.DisclosureOfficer),
        new(DocumentStatus.Registered, DocumentAction.KeepOnReview, DocumentStatus.Registered, StaffRole.DisclosureOfficer),
        new(DocumentStatus.Registered, DocumentAction.ConvertToProactive, DocumentStatus.Approved, StaffRole.DisclosureOfficer),
    ];

    public static Transition Find(DocumentStatus from, DocumentAction action) =>
        Table.FirstOrDefault(t => t.From == from && t.Action == action)
        ?? throw new DomainException($"“{from.ToChinese()}”状态的文件不能执行“{action.ToChinese()}”。");

    public static IEnumerable<Transition> From(DocumentStatus status) => Table.Where(t => t.From == status);

    public sealed record Transition(DocumentStatus From, DocumentAction Action, DocumentStatus To, string Role);
}
