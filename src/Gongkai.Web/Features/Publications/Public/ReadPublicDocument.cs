using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>One public document of an agency with what its page shows around it; null when it is not public.</summary>
public sealed class ReadPublicDocument(PublicDocuments documents, GongkaiDbContext db)
{
    public async Task<PublicDocumentView?> HandleAsync(Agency agency, Guid id, CancellationToken cancellationToken = default)
    {
        var document = await documents.FindAsync(agency.Id, id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var category = await db.Set<CatalogCategory>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == document.CategoryId && c.AgencyId == agency.Id, cancellationToken);
        var attachments = await documents.AttachmentsAsync(agency.Id, id, cancellationToken);
        return new PublicDocumentView(document, agency, category, attachments, await ReplacementAsync(document, cancellationToken));
    }

    // The document that repealed or amended this one, only when it is public itself (it may be another agency's).
    private async Task<PublicReference?> ReplacementAsync(Document document, CancellationToken cancellationToken)
    {
        if (document.ReplacedById is not { } replacedBy || document.Validity is not (Validity.Repealed or Validity.Amended))
        {
            return null;
        }

        var found = await documents.Everywhere()
            .Where(d => d.Id == replacedBy)
            .Join(db.Agencies, d => d.AgencyId, a => a.Id, (d, a) => new { d.Id, d.Title, d.DocumentNumber, a.Code })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new PublicReference(found.Title, found.DocumentNumber, PublicUrls.Document(found.Code, found.Id));
    }
}

public sealed record PublicReference(string Title, string? DocumentNumber, string Path);

public sealed record PublicDocumentView(
    Document Document,
    Agency Agency,
    CatalogCategory? Category,
    IReadOnlyList<DocumentAttachment> Attachments,
    PublicReference? Replacement)
{
    /// <summary>发文机关: the agency, then the co-issuers of a 联合发文.</summary>
    public string Issuers => string.Join('、', CoIssuerNames(Document.CoIssuers).Prepend(Agency.FullName).Distinct());

    public string TopicName => Topics.Find(Document.TopicCode)?.FullName ?? "";

    public static IEnumerable<string> CoIssuerNames(string coIssuers) =>
        coIssuers.Split(['、', ',', '，', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
