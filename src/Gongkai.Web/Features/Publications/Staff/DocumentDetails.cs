using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

public sealed record DocumentReference(Guid Id, string Title, string? IndexNumber);

public sealed record DocumentView(
    Document Document,
    string CategoryName,
    IReadOnlyList<DocumentAttachment> Attachments,
    IReadOnlyList<DocumentVersion> Versions,
    DocumentReference? ReplacedBy);

/// <summary>A document of one agency with everything its page shows; null when the agency has no such document.</summary>
public sealed class DocumentDetails(GongkaiDbContext db)
{
    public async Task<DocumentView?> HandleAsync(Guid agencyId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var document = await db.Set<Document>().AsNoTracking().Include(d => d.History)
            .SingleOrDefaultAsync(d => d.Id == documentId && d.AgencyId == agencyId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var category = await db.Set<CatalogCategory>().AsNoTracking()
            .Where(c => c.Id == document.CategoryId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        var attachments = await db.Set<DocumentAttachment>().AsNoTracking()
            .Where(a => a.DocumentId == documentId).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var versions = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => v.DocumentId == documentId).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        var replacedBy = document.ReplacedById is { } replacedId
            ? await db.Set<Document>().AsNoTracking().Where(d => d.Id == replacedId)
                .Select(d => new DocumentReference(d.Id, d.Title, d.IndexNumber)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new DocumentView(document, category ?? "—", attachments, versions, replacedBy);
    }
}
