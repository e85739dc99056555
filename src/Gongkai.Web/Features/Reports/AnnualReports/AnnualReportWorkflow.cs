using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// The life of an annual report as one table: (status, action) → status and the roles that may take the action.
/// The disclosure office (政务公开办) drafts and submits (seed 003 一(二)); the agency's leader or administrator
/// approves and publishes, or returns the report to draft with a reason (ADR 0012).
/// </summary>
public static class AnnualReportWorkflow
{
    private const string Office = StaffRole.DisclosureOfficer;

    public static readonly IReadOnlyList<string> Drafters = [Office];

    public static readonly IReadOnlyList<string> Approvers = [StaffRole.Leader, StaffRole.AgencyAdmin];

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(AnnualReportStatus.Draft, AnnualReportAction.Edit, AnnualReportStatus.Draft, Drafters),
        new(AnnualReportStatus.Draft, AnnualReportAction.Recompute, AnnualReportStatus.Draft, Drafters),
        new(AnnualReportStatus.Draft, AnnualReportAction.Submit, AnnualReportStatus.InReview, Drafters),
        new(AnnualReportStatus.InReview, AnnualReportAction.Return, AnnualReportStatus.Draft, Approvers),
        new(AnnualReportStatus.InReview, AnnualReportAction.Publish, AnnualReportStatus.Published, Approvers),
    ];

    public static bool MayDraft(IReadOnlySet<string> roles) => Drafters.Any(roles.Contains);

    public static bool MayApprove(IReadOnlySet<string> roles) => Approvers.Any(roles.Contains);

    /// <summary>The move <paramref name="roles"/> may make, or a DomainException saying why not.</summary>
    public static Transition Find(AnnualReportStatus from, AnnualReportAction action, IReadOnlySet<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var move = Table.FirstOrDefault(t => t.From == from && t.Action == action)
            ?? throw new DomainException($"“{from.ToChinese()}”状态的年度报告不能执行“{action.ToChinese()}”。");
        return move.Roles.Any(roles.Contains)
            ? move
            : throw new DomainException($"“{action.ToChinese()}”须由{string.Join("或", move.Roles.Select(StaffRole.ToChinese))}办理。");
    }

    public sealed record Transition(AnnualReportStatus From, AnnualReportAction Action, AnnualReportStatus To, IReadOnlyList<string> Roles);
}
