using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>One step of a consultation: who, when, from → to, and the note. Append-only.</summary>
public sealed class ConsultationHistoryEntry
{
    private ConsultationHistoryEntry()
    {
    }

    internal ConsultationHistoryEntry(Guid consultationId, DateTime at, StaffActor actor, ConsultationAction action, ConsultationStatus? from, ConsultationStatus to, string note)
    {
        Id = Guid.NewGuid();
        ConsultationId = consultationId;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Action = action;
        From = from;
        To = to;
        Note = note.Length > 1000 ? note[..1000] : note;
    }

    public Guid Id { get; private set; }
    public Guid ConsultationId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public ConsultationAction Action { get; private set; }
    public ConsultationStatus? From { get; private set; }
    public ConsultationStatus To { get; private set; }
    public string Note { get; private set; } = "";
}
