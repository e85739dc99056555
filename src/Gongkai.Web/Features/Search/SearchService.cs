using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search;

/// <summary>
/// A search: the terms and their synonyms become an index query; the engine gives keys newest first; relevance puts
/// the titles that hold every term before the rest. Only the first <see cref="SearchLimits.MaxResults"/> hits can be
/// paged to and the count stops at <see cref="SearchLimits.CountCap"/>, so no query has to rank or count everything.
/// </summary>
internal sealed class SearchService(GongkaiDbContext db, ISearchEngine engine, IEnumerable<ISearchSource> sources, SynonymCache synonyms) : ISearchService
{
    public async Task<SearchResults> SearchAsync(SearchCriteria criteria, CancellationToken cancellationToken)
    {
        var pageSize = criteria.PageSize;
        if (pageSize is < 1 or > 100)
        {
            throw new DomainException("每页条数应为1至100。");
        }

        if (criteria.Page < 1 || (long)(criteria.Page - 1) * pageSize >= SearchLimits.MaxResults)
        {
            throw new DomainException($"最多可查看前{SearchLimits.MaxResults}条结果，请增加检索词或筛选条件缩小范围。");
        }

        var (query, added) = await QueryAsync(criteria, cancellationToken);

        // One pass gives both the count (up to the cap) and the newest hits every page draws from.
        var all = await engine.FindAsync(db, query, false, 0, SearchLimits.CountCap + 1, cancellationToken);
        var skip = (criteria.Page - 1) * pageSize;
        var keys = all.Count == 0 ? [] : await PageAsync(query, all, criteria.Order, skip, pageSize, cancellationToken);
        var hits = await HitsAsync(keys, query, cancellationToken);
        return new SearchResults(Math.Min(all.Count, SearchLimits.CountCap), all.Count > SearchLimits.CountCap, criteria.Page, pageSize, hits, added);
    }

    private async Task<(IndexQuery Query, IReadOnlyList<string> Synonyms)> QueryAsync(SearchCriteria criteria, CancellationToken cancellationToken)
    {
        var terms = new List<IReadOnlyList<SearchPhrase>>();
        var added = new List<string>();
        foreach (var term in QueryTerms.Parse(criteria.Query))
        {
            var others = await synonyms.OthersAsync(term, cancellationToken);
            added.AddRange(others);
            terms.Add([.. new[] { term }.Concat(others).Select(SearchPhrase.From).OfType<SearchPhrase>()]);
        }

        if (criteria.YearFrom is { } from && criteria.YearTo is { } to && from > to)
        {
            throw new DomainException("起始年份不能晚于截止年份。");
        }

        var filter = new IndexFilter(
            criteria.AgencyId,
            criteria.CategoryIds,
            criteria.Topic,
            criteria.Genre,
            criteria.Validity is { } validity ? (int)validity : null,
            criteria.Kind,
            criteria.YearFrom is { } yearFrom ? new DateOnly(yearFrom, 1, 1) : null,
            criteria.YearTo is { } yearTo ? new DateOnly(yearTo, 12, 31) : null);
        return (new IndexQuery(terms, filter), added.Distinct().ToList());
    }

    private async Task<IReadOnlyList<long>> PageAsync(IndexQuery query, IReadOnlyList<long> all, SearchOrder order, int skip, int take, CancellationToken cancellationToken)
    {
        if (order == SearchOrder.Date)
        {
            return all.Skip(skip).Take(take).ToList();
        }

        // Fewer title hits than the page's end means all of them are here, and the rest follows them.
        var inTitle = await engine.FindAsync(db, query, true, 0, skip + take, cancellationToken);
        if (skip + take <= inTitle.Count)
        {
            return inTitle.Skip(skip).Take(take).ToList();
        }

        var titled = inTitle.ToHashSet();
        return inTitle.Concat(all.Where(k => !titled.Contains(k))).Skip(skip).Take(take).ToList();
    }

    private async Task<IReadOnlyList<SearchHit>> HitsAsync(IReadOnlyList<long> keys, IndexQuery query, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var rows = (await engine.ReadAsync(db, keys, cancellationToken)).ToDictionary(r => r.Key);
        var agencyIds = rows.Values.Select(r => r.AgencyId).Distinct().ToList();
        var agencies = await db.Set<Agency>().AsNoTracking()
            .Where(a => agencyIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Code, a.FullName })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var contents = new Dictionary<(string, Guid), string>();
        foreach (var source in sources)
        {
            var ids = rows.Values.Where(r => r.Kind == source.Kind).Select(r => r.SourceId).ToList();
            if (ids.Count > 0)
            {
                foreach (var (id, text) in await source.ReadContentAsync(db, ids, cancellationToken))
                {
                    contents[(source.Kind, id)] = text;
                }
            }
        }

        var phrases = query.Terms.SelectMany(t => t).ToList();
        var hits = new List<SearchHit>(keys.Count);
        foreach (var key in keys)
        {
            // A row whose source no longer calls it public (or whose agency is gone) is not shown.
            if (!rows.TryGetValue(key, out var row)
                || !contents.TryGetValue((row.Kind, row.SourceId), out var content)
                || !agencies.TryGetValue(row.AgencyId, out var agency))
            {
                continue;
            }

            var source = sources.First(s => s.Kind == row.Kind);
            hits.Add(new SearchHit(
                row.Kind,
                row.SourceId,
                agency.Code,
                agency.FullName,
                row.Title,
                Highlights.Title(row.Title, phrases),
                source.UrlOf(agency.Code, row.SourceId),
                row.IndexNumber,
                row.DocumentNumber,
                row.PublishedOn,
                Highlights.Snippet(content, phrases)));
        }

        return hits;
    }
}
