using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>
/// The life of a message as one table: (status, action) → status and the role that may take the action. Every move
/// appends to the message's history.
/// </summary>
public static class MessageWorkflow
{
    /// <summary>The citizen, through the public form.</summary>
    public const string Writer = nameof(Writer);

    private const string Office = StaffRole.DisclosureOfficer;
    private const string Handler = StaffRole.Handler;

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(MessageStatus.Received, MessageAction.Assign, MessageStatus.Assigned, Office),
        new(MessageStatus.Assigned, MessageAction.Assign, MessageStatus.Assigned, Office),
        new(MessageStatus.Received, MessageAction.Answer, MessageStatus.Answered, Office),
        new(MessageStatus.Assigned, MessageAction.Answer, MessageStatus.Answered, Office),
        new(MessageStatus.Assigned, MessageAction.Answer, MessageStatus.Answered, Handler),
        new(MessageStatus.Answered, MessageAction.Publish, MessageStatus.Published, Office),
        new(MessageStatus.Answered, MessageAction.Close, MessageStatus.Closed, Office),
        new(MessageStatus.Received, MessageAction.Reject, MessageStatus.Rejected, Office),
        new(MessageStatus.Assigned, MessageAction.Reject, MessageStatus.Rejected, Office),
    ];

    /// <summary>The move <paramref name="roles"/> may make, or a DomainException saying why not.</summary>
    public static Transition Find(MessageStatus from, MessageAction action, IReadOnlySet<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var moves = Table.Where(t => t.From == from && t.Action == action).ToList();
        if (moves.Count == 0)
        {
            throw new DomainException($"“{from.ToChinese()}”的留言不能执行“{action.ToChinese()}”。");
        }

        return moves.FirstOrDefault(t => roles.Contains(t.Role))
            ?? throw new DomainException($"“{action.ToChinese()}”须由{string.Join("或", moves.Select(m => StaffRole.ToChinese(m.Role)).Distinct())}办理。");
    }

    /// <summary>The actions open to <paramref name="roles"/> on a message in <paramref name="status"/>.</summary>
    public static IReadOnlyList<MessageAction> Open(MessageStatus status, IReadOnlySet<string> roles) =>
        [.. Table.Where(t => t.From == status && roles.Contains(t.Role)).Select(t => t.Action).Distinct()];

    public sealed record Transition(MessageStatus From, MessageAction Action, MessageStatus To, string Role);
}
