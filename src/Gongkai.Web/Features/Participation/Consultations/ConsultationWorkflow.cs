using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// The life of a consultation as one table: (status, action) → status and the roles that may take the action.
/// Drafters prepare the draft; the disclosure office puts it out, moderates, answers and publishes the adoption report
/// (seed 000 一(一): 在决策前广泛征求群众意见，并以适当方式反馈或者公布意见采纳情况).
/// </summary>
public static class ConsultationWorkflow
{
    private const string Office = StaffRole.DisclosureOfficer;

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(ConsultationStatus.Draft, ConsultationAction.Edit, ConsultationStatus.Draft, [StaffRole.Drafter, Office]),

        // The attachments are part of the draft: once it is out for comment, the public reads what was published.
        new(ConsultationStatus.Draft, ConsultationAction.Attach, ConsultationStatus.Draft, [StaffRole.Drafter, Office]),
        new(ConsultationStatus.Draft, ConsultationAction.RemoveAttachment, ConsultationStatus.Draft, [StaffRole.Drafter, Office]),
        new(ConsultationStatus.Draft, ConsultationAction.Open, ConsultationStatus.Open, [Office]),
        new(ConsultationStatus.Open, ConsultationAction.PublishReport, ConsultationStatus.ReportPublished, [Office]),
    ];

    /// <summary>Who may draft a new consultation.</summary>
    public static readonly IReadOnlyList<string> Drafters = [StaffRole.Drafter, Office];

    /// <summary>Who moderates and answers comments.</summary>
    public static readonly IReadOnlyList<string> Moderators = [Office];

    public static bool MayDraft(IReadOnlySet<string> roles) => Drafters.Any(roles.Contains);

    public static bool MayModerate(IReadOnlySet<string> roles) => Moderators.Any(roles.Contains);

    /// <summary>The move <paramref name="roles"/> may make, or a DomainException saying why not.</summary>
    public static Transition Find(ConsultationStatus from, ConsultationAction action, IReadOnlySet<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var move = Table.FirstOrDefault(t => t.From == from && t.Action == action)
            ?? throw new DomainException($"“{from.ToChinese()}”状态的征求意见不能执行“{action.ToChinese()}”。");
        return move.Roles.Any(roles.Contains)
            ? move
            : throw new DomainException($"“{action.ToChinese()}”须由{string.Join("或", move.Roles.Select(StaffRole.ToChinese))}办理。");
    }

    public sealed record Transition(ConsultationStatus From, ConsultationAction Action, ConsultationStatus To, IReadOnlyList<string> Roles);
}
