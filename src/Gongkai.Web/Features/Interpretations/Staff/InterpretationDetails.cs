using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Staff;

public sealed record LinkedDocument(Guid Id, string Title, string? IndexNumber, DocumentStatus Status, DateOnly? PublishedOn);

public sealed record InterpretationView(Interpretation Interpretation, IReadOnlyList<LinkedDocument> Documents, DateOnly? DueOn, DateOnly Today)
{
    public bool Overdue => InterpretationDeadline.Overdue(Interpretation.Status, DueOn, Today);

    public bool PublishedLate => InterpretationDeadline.PublishedLate(DueOn, Interpretation.PublishedOn);
}

/// <summary>One interpretation of the agency with its documents and deadline, for the staff page.</summary>
public sealed class InterpretationDetails(GongkaiDbContext db, WorkingCalendar calendar, TimeProvider time)
{
    public async Task<InterpretationView?> HandleAsync(Guid agencyId, Guid id, CancellationToken cancellationToken = default)
    {
        var interpretation = await db.Set<Interpretation>().AsNoTracking()
            .Include(i => i.History).Include(i => i.Questions).Include(i => i.Documents)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id && i.AgencyId == agencyId, cancellationToken);
        if (interpretation is null)
        {
            return null;
        }

        var ids = interpretation.Documents.Select(d => d.DocumentId).ToList();
        var documents = await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && ids.Contains(d.Id))
            .OrderBy(d => d.Title)
            .Select(d => new LinkedDocument(d.Id, d.Title, d.IndexNumber, d.Status, d.PublishedOn))
            .ToListAsync(cancellationToken);
        var first = documents.Where(d => d.Status == DocumentStatus.Published).Min(d => d.PublishedOn);
        return new InterpretationView(interpretation, documents, InterpretationDeadline.DueOn(await calendar.CurrentAsync(cancellationToken), first), ChineseDate.Today(time));
    }
}
