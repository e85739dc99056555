using Gongkai.Web.Features.Interpretations.Public;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Search;

/// <summary>
/// Published interpretations in the search index, read through <see cref="PublicInterpretations"/>. An interpretation
/// is public only while one of its documents is, so a change to a document asks again about its interpretations.
/// </summary>
internal sealed class InterpretationSearchSource : ISearchSource
{
    public string Kind => Gongkai.Web.Features.Search.SearchKinds.Interpretation;

    public bool Tracks(object entity, out Guid sourceId)
    {
        sourceId = entity switch
        {
            Interpretation interpretation => interpretation.Id,
            InterpretedDocument link => link.InterpretationId,
            InterpretationQuestion question => question.InterpretationId,
            _ => Guid.Empty,
        };
        return sourceId != Guid.Empty;
    }

    public bool TracksDependency(object entity, out Guid dependencyId)
    {
        dependencyId = entity is Document document ? document.Id : Guid.Empty;
        return entity is Document;
    }

    public async Task<IReadOnlyCollection<Guid>> DependentsAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> dependencyIds, CancellationToken cancellationToken)
    {
        var documents = dependencyIds.ToList();
        return await db.Set<InterpretedDocument>().AsNoTracking()
            .Where(l => documents.Contains(l.DocumentId))
            .Select(l => l.InterpretationId)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IndexItem>> ReadPublicAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var rows = await Gate(db).Everywhere()
            .Where(i => list.Contains(i.Id))
            .Include(i => i.Questions)
            .ToListAsync(cancellationToken);
        return rows.Select(i => new IndexItem(
            Kind, i.Id, i.AgencyId, null, "", "", 0, i.PublishedOn ?? DateOnly.MinValue, i.Title, null, null, Content(i))).ToList();
    }

    public async Task<IReadOnlyList<Guid>> ListPublicAsync(GongkaiDbContext db, CancellationToken cancellationToken) =>
        await Gate(db).Everywhere()
            .OrderBy(i => i.PublishedOn)
            .ThenBy(i => i.PublishedAt)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> ReadContentAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var rows = await Gate(db).Everywhere().Where(i => list.Contains(i.Id)).Include(i => i.Questions).ToListAsync(cancellationToken);
        return rows.ToDictionary(i => i.Id, Content);
    }

    public string UrlOf(string agencyCode, Guid sourceId) => InterpretationUrls.Interpretation(agencyCode, sourceId);

    private static PublicInterpretations Gate(GongkaiDbContext db) => new(db, new PublicDocuments(db));

    private static string Content(Interpretation interpretation) =>
        string.Join('\n', new[] { PlainText.FromHtml(interpretation.BodyHtml) }
            .Concat(interpretation.Questions.OrderBy(q => q.SortOrder).SelectMany(q => new[] { q.Question, q.Answer }))
            .Where(s => !string.IsNullOrWhiteSpace(s)));
}
