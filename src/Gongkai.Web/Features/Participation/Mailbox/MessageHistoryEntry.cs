using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>One step of a message: who, when, from → to, and the note. Append-only.</summary>
public sealed class MessageHistoryEntry
{
    private MessageHistoryEntry()
    {
    }

    internal MessageHistoryEntry(Guid messageId, DateTime at, StaffActor actor, MessageAction action, MessageStatus? from, MessageStatus to, string note)
    {
        Id = Guid.NewGuid();
        MessageId = messageId;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name.Length > 64 ? actor.Name[..64] : actor.Name;
        Action = action;
        From = from;
        To = to;
        Note = note.Length > 1000 ? note[..1000] : note;
    }

    public Guid Id { get; private set; }
    public Guid MessageId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public MessageAction Action { get; private set; }
    public MessageStatus? From { get; private set; }
    public MessageStatus To { get; private set; }
    public string Note { get; private set; } = "";
}
