using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>
/// The one gate through which anything public reads documents: every public page, count, feed, the sitemap and the
/// public API start from here, and only <see cref="DocumentStatus.Published"/> passes. A draft, a document in review,
/// one kept in the register (依申请公开, 不予公开), one scheduled for later and one withdrawn never do.
/// Nothing public may query <c>Set&lt;Document&gt;()</c> itself.
/// </summary>
public sealed class PublicDocuments(GongkaiDbContext db)
{
    /// <summary>The public documents of every agency (the sitemap).</summary>
    public IQueryable<Document> Everywhere() =>
        db.Set<Document>().AsNoTracking().Where(d => d.Status == DocumentStatus.Published);

    /// <summary>The public documents of one agency.</summary>
    public IQueryable<Document> Of(Guid agencyId) => Everywhere().Where(d => d.AgencyId == agencyId);

    /// <summary>Newest first: by publication date, then by the instant of publication; the id keeps pages stable.</summary>
    public static IOrderedQueryable<Document> NewestFirst(IQueryable<Document> documents) =>
        documents.OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.PublishedAt).ThenBy(d => d.Id);

    public Task<Document?> FindAsync(Guid agencyId, Guid id, CancellationToken cancellationToken = default) =>
        Of(agencyId).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>The attachments of a document, only when the document itself is public.</summary>
    public async Task<IReadOnlyList<DocumentAttachment>> AttachmentsAsync(Guid agencyId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var documents = Of(agencyId);
        return await db.Set<DocumentAttachment>().AsNoTracking()
            .Where(a => a.DocumentId == documentId && documents.Any(d => d.Id == a.DocumentId))
            .OrderBy(a => a.SortOrder).ThenBy(a => a.FileName)
            .ToListAsync(cancellationToken);
    }

    /// <summary>One attachment of a public document, or null (unknown, another document's, or a document that is not public).</summary>
    public Task<DocumentAttachment?> FindAttachmentAsync(Guid agencyId, Guid documentId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var documents = Of(agencyId);
        return db.Set<DocumentAttachment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == documentId && documents.Any(d => d.Id == a.DocumentId), cancellationToken);
    }

    /// <summary>The number of public documents filed directly under each category of the agency.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountByCategoryAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var counts = await Of(agencyId)
            .GroupBy(d => d.CategoryId)
            .Select(g => new { CategoryId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.CategoryId, c => c.Count);
    }
}
