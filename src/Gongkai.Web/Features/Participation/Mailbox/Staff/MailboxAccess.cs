using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>Who works on messages: the disclosure office on all of them, a handler on those assigned to them.</summary>
internal static class MailboxAccess
{
    public static bool CanList(StaffActor actor) => actor.Holds(StaffRole.DisclosureOfficer) || actor.Holds(StaffRole.Handler);

    public static bool CanOpen(StaffActor actor, Message message) =>
        actor.Holds(StaffRole.DisclosureOfficer) || (actor.Holds(StaffRole.Handler) && actor.Id is { } id && message.HandlerId == id);
}
