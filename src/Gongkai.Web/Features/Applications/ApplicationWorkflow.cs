using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Applications;

/// <summary>
/// The life of an application as one table: (status, action) → status and the role that may take the action.
/// Every move appends to the case's history (seed 003 一(三): 登记、审核、办理、答复、归档全流程记录).
/// </summary>
public static class ApplicationWorkflow
{
    /// <summary>The applicant, through the public status page (number + query code).</summary>
    public const string Applicant = nameof(Applicant);

    /// <summary>The nightly job that closes cases whose applicant let a deadline pass.</summary>
    public const string System = nameof(System);

    private const string Office = StaffRole.DisclosureOfficer;
    private const string Handler = StaffRole.Handler;

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(ApplicationStatus.Pending, ApplicationAction.Confirm, ApplicationStatus.Registered, Office),
        new(ApplicationStatus.Pending, ApplicationAction.Discard, ApplicationStatus.Discarded, Office),
        new(ApplicationStatus.Registered, ApplicationAction.RequestSupplement, ApplicationStatus.AwaitingSupplement, Office),
        new(ApplicationStatus.AwaitingSupplement, ApplicationAction.ReceiveSupplement, ApplicationStatus.Registered, Office),
        new(ApplicationStatus.AwaitingSupplement, ApplicationAction.ReceiveSupplement, ApplicationStatus.Registered, Applicant),
        new(ApplicationStatus.AwaitingSupplement, ApplicationAction.LapseSupplement, ApplicationStatus.Decided, Office),
        new(ApplicationStatus.AwaitingSupplement, ApplicationAction.LapseSupplement, ApplicationStatus.Decided, System),
        new(ApplicationStatus.Registered, ApplicationAction.Assign, ApplicationStatus.Handling, Office),
        new(ApplicationStatus.Handling, ApplicationAction.Assign, ApplicationStatus.Handling, Office),
        new(ApplicationStatus.Handling, ApplicationAction.Consult, ApplicationStatus.Consulting, Handler),
        new(ApplicationStatus.Handling, ApplicationAction.Consult, ApplicationStatus.Consulting, Office),
        new(ApplicationStatus.Consulting, ApplicationAction.EndConsultation, ApplicationStatus.Handling, Handler),
        new(ApplicationStatus.Consulting, ApplicationAction.EndConsultation, ApplicationStatus.Handling, Office),
        new(ApplicationStatus.Handling, ApplicationAction.Extend, ApplicationStatus.Handling, StaffRole.Leader),
        new(ApplicationStatus.Consulting, ApplicationAction.Extend, ApplicationStatus.Consulting, StaffRole.Leader),
        new(ApplicationStatus.Handling, ApplicationAction.ChargeFee, ApplicationStatus.AwaitingPayment, Handler),
        new(ApplicationStatus.Handling, ApplicationAction.ChargeFee, ApplicationStatus.AwaitingPayment, Office),
        new(ApplicationStatus.AwaitingPayment, ApplicationAction.ReceivePayment, ApplicationStatus.Handling, Office),
        new(ApplicationStatus.AwaitingPayment, ApplicationAction.LapsePayment, ApplicationStatus.Decided, Office),
        new(ApplicationStatus.AwaitingPayment, ApplicationAction.LapsePayment, ApplicationStatus.Decided, System),
        new(ApplicationStatus.Registered, ApplicationAction.Decide, ApplicationStatus.Decided, Office),
        new(ApplicationStatus.Handling, ApplicationAction.Decide, ApplicationStatus.Decided, Handler),
        new(ApplicationStatus.Handling, ApplicationAction.Decide, ApplicationStatus.Decided, Office),
        new(ApplicationStatus.Decided, ApplicationAction.ReturnDecision, ApplicationStatus.Handling, Office),
        new(ApplicationStatus.Decided, ApplicationAction.Reply, ApplicationStatus.Replied, Office),
        new(ApplicationStatus.Replied, ApplicationAction.Deliver, ApplicationStatus.Delivered, Office),
        new(ApplicationStatus.Delivered, ApplicationAction.Archive, ApplicationStatus.Archived, Office),
    ];

    /// <summary>The move <paramref name="roles"/> may make, or a DomainException saying why not.</summary>
    public static Transition Find(ApplicationStatus from, ApplicationAction action, IReadOnlySet<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var moves = Table.Where(t => t.From == from && t.Action == action).ToList();
        if (moves.Count == 0)
        {
            throw new DomainException($"“{from.ToChinese()}”状态的申请不能执行“{action.ToChinese()}”。");
        }

        return moves.FirstOrDefault(t => roles.Contains(t.Role))
            ?? throw new DomainException($"“{action.ToChinese()}”须由{string.Join("或", moves.Select(m => RoleName(m.Role)).Distinct())}办理。");
    }

    public static IEnumerable<Transition> From(ApplicationStatus status) => Table.Where(t => t.From == status);

    public static string RoleName(string role) => role switch
    {
        Applicant => "申请人",
        System => "系统",
        _ => StaffRole.ToChinese(role),
    };

    public sealed record Transition(ApplicationStatus From, ApplicationAction Action, ApplicationStatus To, string Role);
}
