using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Documents published in the range (and still public: a withdrawn document is no longer part of the column), per month
/// and per catalog category. Across the platform, categories of the same name (every agency starts from the default
/// 人社 catalog) are counted together.
/// </summary>
/// <remarks>
/// Months are bucketed in memory over a projection of two columns: SQLite stores a DateOnly as text and PostgreSQL as a
/// date, and grouping by its month translates differently (or not at all) on the two. The range is at most
/// <see cref="StatisticsRange.MaxYears"/> years, so the list stays small.
/// </remarks>
public sealed class DocumentStatistics(GongkaiDbContext db)
{
    public async Task<DocumentFigures> HandleAsync(StatisticsScope scope, StatisticsRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(range);
        var published = await Published(db, scope, range)
            .Select(d => new { PublishedOn = d.PublishedOn!.Value, d.CategoryId })
            .ToListAsync(cancellationToken);

        var categories = db.Set<CatalogCategory>().AsNoTracking();
        if (scope.AgencyId is { } agencyId)
        {
            categories = categories.Where(c => c.AgencyId == agencyId);
        }

        var tree = await categories.Select(c => new { c.Id, c.ParentId, c.Name, c.SortOrder }).ToListAsync(cancellationToken);
        var byId = tree.ToDictionary(c => c.Id);
        string Path(Guid id) => byId.TryGetValue(id, out var c)
            ? c.ParentId is { } parent && byId.ContainsKey(parent) ? $"{Path(parent)} / {c.Name}" : c.Name
            : "（目录已删除）";
        int Order(Guid id) => byId.TryGetValue(id, out var c) ? c.SortOrder : int.MaxValue;

        var perCategory = published
            .GroupBy(d => Path(d.CategoryId))
            .Select(g => (Row: new CountRow(g.Key, g.Count()), Order: g.Min(d => Order(d.CategoryId))))
            .OrderBy(r => r.Order).ThenBy(r => r.Row.Label, StringComparer.Ordinal)
            .Select(r => r.Row)
            .ToList();
        return new DocumentFigures(published.Count, MonthCount.Buckets(range, published.Select(d => d.PublishedOn)), perCategory);
    }

    /// <summary>The public documents of the scope published in the range.</summary>
    public static IQueryable<Document> Published(GongkaiDbContext db, StatisticsScope scope, StatisticsRange range)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(range);
        var documents = db.Set<Document>().AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Published && d.PublishedOn >= range.From && d.PublishedOn <= range.To);
        return scope.AgencyId is { } agencyId ? documents.Where(d => d.AgencyId == agencyId) : documents;
    }
}
