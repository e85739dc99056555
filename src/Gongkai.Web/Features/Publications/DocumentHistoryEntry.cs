namespace Gongkai.Web.Features.Publications;

/// <summary>One move of a document: who, when, from → to, and the note. Append-only.</summary>
public sealed class DocumentHistoryEntry
{
    private DocumentHistoryEntry()
    {
    }

    internal DocumentHistoryEntry(Guid documentId, DateTime at, StaffActor actor, DocumentAction action, DocumentStatus from, DocumentStatus to, string note)
    {
        Id = Guid.NewGuid();
        DocumentId = documentId;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Action = action;
        From = from;
        To = to;
        Note = note;
    }

    public Guid Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public DocumentAction Action { get; private set; }
    public DocumentStatus From { get; private set; }
    public DocumentStatus To { get; private set; }
    public string Note { get; private set; } = "";
}
