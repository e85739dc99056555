using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Applications;

/// <summary>One step of a case: who, when, from → to, and the note. Append-only.</summary>
public sealed class ApplicationHistoryEntry
{
    private ApplicationHistoryEntry()
    {
    }

    internal ApplicationHistoryEntry(Guid applicationId, DateTime at, StaffActor actor, ApplicationAction action, ApplicationStatus? from, ApplicationStatus to, string note)
    {
        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Action = action;
        From = from;
        To = to;
        Note = note.Length > 1000 ? note[..1000] : note;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public ApplicationAction Action { get; private set; }
    public ApplicationStatus? From { get; private set; }
    public ApplicationStatus To { get; private set; }
    public string Note { get; private set; } = "";
}
