using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>
/// The one gate through which anything public reads interpretations: published, and explaining at least one document
/// that is itself public. A draft, one in review, a withdrawn one, or one whose documents are all withdrawn never pass.
/// </summary>
public sealed class PublicInterpretations(GongkaiDbContext db, PublicDocuments documents)
{
    public IQueryable<Interpretation> Of(Guid agencyId) => Everywhere().Where(i => i.AgencyId == agencyId);

    /// <summary>The public interpretations of every agency (the search index reads them here).</summary>
    public IQueryable<Interpretation> Everywhere()
    {
        var links = db.Set<InterpretedDocument>();
        var published = documents.Everywhere();
        return db.Set<Interpretation>().AsNoTracking()
            .Where(i => i.Status == InterpretationStatus.Published)
            .Where(i => links.Any(l => l.InterpretationId == i.Id && published.Any(d => d.Id == l.DocumentId && d.AgencyId == i.AgencyId)));
    }

    public static IOrderedQueryable<Interpretation> NewestFirst(IQueryable<Interpretation> interpretations) =>
        interpretations.OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Id);

    public Task<Interpretation?> FindAsync(Guid agencyId, Guid id, CancellationToken cancellationToken = default) =>
        Of(agencyId).Include(i => i.Questions).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>The public documents an interpretation explains, newest first.</summary>
    public async Task<IReadOnlyList<Document>> DocumentsOfAsync(Guid agencyId, Guid interpretationId, CancellationToken cancellationToken = default)
    {
        var linked = db.Set<InterpretedDocument>().Where(l => l.InterpretationId == interpretationId).Select(l => l.DocumentId);
        return await PublicDocuments.NewestFirst(documents.Of(agencyId).Where(d => linked.Contains(d.Id))).ToListAsync(cancellationToken);
    }

    /// <summary>The public interpretations of one public document.</summary>
    public async Task<IReadOnlyList<Interpretation>> ForDocumentAsync(Guid agencyId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var linked = db.Set<InterpretedDocument>().Where(l => l.DocumentId == documentId).Select(l => l.InterpretationId);
        return await NewestFirst(Of(agencyId).Where(i => linked.Contains(i.Id))).ToListAsync(cancellationToken);
    }
}
