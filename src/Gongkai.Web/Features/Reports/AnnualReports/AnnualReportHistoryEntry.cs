using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>One step of a report: who, when, from → to, and the note. Append-only.</summary>
public sealed class AnnualReportHistoryEntry
{
    private AnnualReportHistoryEntry()
    {
    }

    internal AnnualReportHistoryEntry(Guid reportId, DateTime at, StaffActor actor, AnnualReportAction action, AnnualReportStatus? from, AnnualReportStatus to, string note)
    {
        Id = Guid.NewGuid();
        ReportId = reportId;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Action = action;
        From = from;
        To = to;
        Note = note.Length > 1000 ? note[..1000] : note;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public AnnualReportAction Action { get; private set; }
    public AnnualReportStatus? From { get; private set; }
    public AnnualReportStatus To { get; private set; }
    public string Note { get; private set; } = "";
}
