using Gongkai.Web.Features.Publications.Public;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Search;

/// <summary>Published documents in the search index, read through <see cref="PublicDocuments"/> like every public page.</summary>
internal sealed class DocumentSearchSource : ISearchSource
{
    public string Kind => Gongkai.Web.Features.Search.SearchKinds.Document;

    public bool Tracks(object entity, out Guid sourceId)
    {
        sourceId = entity is Document document ? document.Id : Guid.Empty;
        return entity is Document;
    }

    public async Task<IReadOnlyList<IndexItem>> ReadPublicAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var rows = await new PublicDocuments(db).Everywhere()
            .Where(d => list.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                d.AgencyId,
                d.CategoryId,
                d.TopicCode,
                d.Genre,
                d.Validity,
                d.PublishedOn,
                d.Title,
                d.DocumentNumber,
                d.IndexNumber,
                d.Summary,
                d.Keywords,
                d.BodyHtml,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new IndexItem(
            Kind,
            d.Id,
            d.AgencyId,
            d.CategoryId,
            d.TopicCode,
            d.Genre,
            (int)d.Validity,
            d.PublishedOn ?? DateOnly.MinValue,
            d.Title,
            d.DocumentNumber,
            d.IndexNumber,
            Content(d.DocumentNumber, d.IndexNumber, d.Summary, d.Keywords, d.BodyHtml))).ToList();
    }

    public async Task<IReadOnlyList<Guid>> ListPublicAsync(GongkaiDbContext db, CancellationToken cancellationToken) =>
        await new PublicDocuments(db).Everywhere()
            .OrderBy(d => d.PublishedOn)
            .ThenBy(d => d.PublishedAt)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> ReadContentAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var rows = await new PublicDocuments(db).Everywhere()
            .Where(d => list.Contains(d.Id))
            .Select(d => new { d.Id, d.DocumentNumber, d.IndexNumber, d.Summary, d.Keywords, d.BodyHtml })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(d => d.Id, d => Content(d.DocumentNumber, d.IndexNumber, d.Summary, d.Keywords, d.BodyHtml));
    }

    public string UrlOf(string agencyCode, Guid sourceId) => PublicUrls.Document(agencyCode, sourceId);

    // Summary first, so a snippet of a match near the top reads like the page's opening.
    private static string Content(string? number, string? indexNumber, string summary, string keywords, string bodyHtml) =>
        string.Join('\n', new[] { summary, PlainText.FromHtml(bodyHtml), keywords, number, indexNumber }.Where(s => !string.IsNullOrEmpty(s)));
}
