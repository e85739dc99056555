using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>One move of an interpretation: who, when, from → to, and the note. Append-only.</summary>
public sealed class InterpretationHistoryEntry
{
    private InterpretationHistoryEntry()
    {
    }

    internal InterpretationHistoryEntry(Guid interpretationId, DateTime at, StaffActor actor, InterpretationAction action, InterpretationStatus from, InterpretationStatus to, string note)
    {
        Id = Guid.NewGuid();
        InterpretationId = interpretationId;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Action = action;
        From = from;
        To = to;
        Note = note.Length > 1000 ? note[..1000] : note;
    }

    public Guid Id { get; private set; }
    public Guid InterpretationId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public InterpretationAction Action { get; private set; }
    public InterpretationStatus From { get; private set; }
    public InterpretationStatus To { get; private set; }
    public string Note { get; private set; } = "";
}
