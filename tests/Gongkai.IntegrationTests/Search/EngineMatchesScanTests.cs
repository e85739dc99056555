using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Search;

/// <summary>
/// On the engine of this run: every hit holds each term (or a synonym of it), and every public document that holds
/// them is found — checked against a plain scan of the canonical text of every document in the database.
/// </summary>
public sealed class EngineMatchesScanTests(EngineMatchesScanTests.Corpus corpus) : IClassFixture<EngineMatchesScanTests.Corpus>
{
    [Fact]
    public async Task Hits_are_exactly_the_public_documents_that_contain_every_term()
    {
        var failures = new List<string>();
        foreach (var query in corpus.Queries)
        {
            var expected = await corpus.ScanAsync(query, _ => true);
            var found = await corpus.SearchAllAsync(new SearchCriteria { Query = query, Order = SearchOrder.Date, PageSize = 100 });
            if (!expected.SequenceEqual(Corpus.InOrder(found)) || !found.Select(h => h.PublishedOn).SequenceEqual(found.Select(h => h.PublishedOn).OrderDescending()))
            {
                failures.Add($"“{query}”: 扫描 {expected.Count} 条，检索 {found.Count} 条");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Contains(corpus.Queries, q => corpus.ScanAsync(q, _ => true).Result.Count > 20);
    }

    [Fact]
    public async Task Every_hit_shows_the_query_text_marked()
    {
        foreach (var query in corpus.Queries.Take(40))
        {
            var found = await corpus.SearchAllAsync(new SearchCriteria { Query = query, PageSize = 100 });
            Assert.All(found, hit => Assert.Contains(hit.TitleParts.Concat(hit.SnippetParts), p => p.IsMatch));
        }
    }

    [Fact]
    public async Task Withdrawn_drafted_and_superseded_text_is_never_found()
    {
        await using var scope = corpus.Factory.Scope();
        var db = corpus.Factory.Db(scope);
        var gone = await db.Set<Document>().AsNoTracking().Where(d => d.Status != DocumentStatus.Published).Select(d => d.Id).ToListAsync();
        Assert.True(gone.Count >= 20);
        foreach (var query in new[] { "检索测试撤回", "社会", "保险", "通知", "2014" })
        {
            var found = await corpus.SearchAllAsync(new SearchCriteria { Query = query, PageSize = 100 });
            Assert.DoesNotContain(found, h => gone.Contains(h.SourceId));
        }

        var versions = await db.Set<DocumentVersion>().AsNoTracking().Select(v => v.Title).ToListAsync();
        Assert.Equal(10, versions.Count);
        var corrected = await corpus.SearchAllAsync(new SearchCriteria { Query = "更正后", PageSize = 100 });
        Assert.Equal(10, corrected.Count);
    }

    [Fact]
    public async Task Relevance_puts_titles_holding_every_term_first_then_newest()
    {
        foreach (var query in new[] { "养老", "保险 待遇", "通知", "工作" })
        {
            var found = await corpus.SearchAllAsync(new SearchCriteria { Query = query, PageSize = 50 });
            var byDate = await corpus.SearchAllAsync(new SearchCriteria { Query = query, Order = SearchOrder.Date, PageSize = 50 });
            Assert.Equal(byDate.Select(h => h.SourceId).Order(), found.Select(h => h.SourceId).Order());
            var phrases = QueryTerms.Parse(query).Select(t => SearchPhrase.From(t)!).ToList();
            var inTitle = found.Select(h => phrases.All(p => p.OccursIn(SearchText.Canonical(h.Title)))).ToList();
            Assert.Equal(inTitle.OrderByDescending(b => b), inTitle);
            var titled = found.Where((_, i) => inTitle[i]).ToList();
            var rest = found.Where((_, i) => !inTitle[i]).ToList();
            Assert.True(titled.OrderByDescending(h => h.PublishedOn).Select(h => h.SourceId).SequenceEqual(titled.Select(h => h.SourceId)), query + "\n" + string.Join('\n', titled.Select(h => $"{h.PublishedOn} {h.Title}")));
            Assert.True(rest.OrderByDescending(h => h.PublishedOn).Select(h => h.SourceId).SequenceEqual(rest.Select(h => h.SourceId)), query + "\n" + string.Join('\n', found.Select(h => $"{h.PublishedOn} {h.Title}")));
        }
    }

    [Fact]
    public async Task Filters_narrow_to_what_the_scan_says()
    {
        await using var scope = corpus.Factory.Scope();
        var db = corpus.Factory.Db(scope);
        var beijing = await db.Agencies.AsNoTracking().SingleAsync(a => a.Code == "beijing");
        foreach (var query in new[] { "保险", "社会保险", "2014", "通知" })
        {
            var criteria = new SearchCriteria
            {
                Query = query, Order = SearchOrder.Date, PageSize = 100, AgencyId = beijing.Id, YearFrom = 2017, YearTo = 2018, Topic = "15",
            };
            var expected = await corpus.ScanAsync(query, d => d.AgencyId == beijing.Id && d.PublishedOn!.Value.Year is 2017 or 2018 && d.TopicCode.StartsWith("15", StringComparison.Ordinal));
            var found = await corpus.SearchAllAsync(criteria);
            Assert.Equal(expected, Corpus.InOrder(found));

            var genre = await corpus.SearchAllAsync(new SearchCriteria { Query = query, Order = SearchOrder.Date, PageSize = 100, Genre = "意见" });
            Assert.Equal(await corpus.ScanAsync(query, d => d.Genre == "意见"), Corpus.InOrder(genre));
        }
    }

    [Fact]
    public async Task A_synonym_finds_the_other_word()
    {
        var plain = await corpus.ScanAsync("社会保险", _ => true);
        var viaSynonym = await corpus.SearchAllAsync(new SearchCriteria { Query = "社保", Order = SearchOrder.Date, PageSize = 100 });
        Assert.NotEmpty(plain);
        Assert.Superset(plain.ToHashSet(), viaSynonym.Select(h => h.SourceId).ToHashSet());
    }

    [Fact]
    public async Task Rebuilding_the_index_gives_the_same_answers()
    {
        var before = new List<IReadOnlyList<SearchHit>>();
        foreach (var query in corpus.Queries.Take(15))
        {
            before.Add(await corpus.SearchAllAsync(new SearchCriteria { Query = query, Order = SearchOrder.Date, PageSize = 100 }));
        }

        var progress = new List<RebuildProgress>();
        var count = await corpus.Factory.Services.GetRequiredService<SearchIndexRebuild>().RunAsync(progress.Add, CancellationToken.None);
        await using (var scope = corpus.Factory.Scope())
        {
            Assert.Equal(await corpus.Factory.Db(scope).Set<Document>().CountAsync(d => d.Status == DocumentStatus.Published), progress.Last(p => p.Kind == SearchKinds.Document).SourceTotal);
        }

        // The demo's interpretations are rebuilt too, beside documents published the same day.
        Assert.Equal(progress.GroupBy(p => p.Kind).Sum(g => g.Last().SourceTotal), count);

        Assert.NotEmpty(progress);
        Assert.Equal(count, progress[^1].Indexed);
        for (var i = 0; i < before.Count; i++)
        {
            var after = await corpus.SearchAllAsync(new SearchCriteria { Query = corpus.Queries[i], Order = SearchOrder.Date, PageSize = 100 });
            Assert.Equal(Corpus.InOrder(before[i]), Corpus.InOrder(after));
        }
    }

    /// <summary>The corpus built once per run of this class, on the run's database.</summary>
    public sealed class Corpus : IAsyncLifetime
    {
        public GongkaiFactory Factory { get; } = new();

        public IReadOnlyList<string> Queries { get; private set; } = [];

        public async ValueTask InitializeAsync()
        {
            await using var scope = Factory.Scope();
            var db = Factory.Db(scope);
            await SearchCorpus.BuildAsync(db);
            var texts = await db.Set<Document>().AsNoTracking().Where(d => d.Status == DocumentStatus.Published).ToListAsync();
            Queries = SearchCorpus.Queries([.. texts.Select(d => (d.Title, SearchCorpus.ContentOf(d)))]);
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

        /// <summary>The scan: public documents whose title or content holds every term or one of its synonyms, newest first.</summary>
        public async Task<List<Guid>> ScanAsync(string query, Func<Document, bool> filter)
        {
            await using var scope = Factory.Scope();
            var db = Factory.Db(scope);
            var synonyms = scope.ServiceProvider.GetRequiredService<SynonymCache>();
            var terms = new List<List<SearchPhrase>>();
            foreach (var term in QueryTerms.Parse(query))
            {
                var words = new List<string> { term };
                words.AddRange(await synonyms.OthersAsync(term, CancellationToken.None));
                terms.Add([.. words.Select(w => SearchPhrase.From(w)!)]);
            }

            var documents = await db.Set<Document>().AsNoTracking().ToListAsync();
            return documents
                .Where(d => d.Status == DocumentStatus.Published && filter(d))
                .Where(d =>
                {
                    var title = SearchText.Canonical(d.Title);
                    var content = SearchText.Canonical(SearchCorpus.ContentOf(d));
                    return terms.All(alternatives => alternatives.Any(p => p.OccursIn(title) || p.OccursIn(content)));
                })
                .OrderByDescending(d => d.PublishedOn)
                .ThenBy(d => d.Id)
                .Select(d => d.Id)
                .ToList();
        }

        /// <summary>Hits newest first, those of one day in id order: the engines order a day's documents by when they were indexed.</summary>
        public static List<Guid> InOrder(IEnumerable<SearchHit> hits) =>
            [.. hits.OrderByDescending(h => h.PublishedOn).ThenBy(h => h.SourceId).Select(h => h.SourceId)];

        /// <summary>Every document hit, page after page: the scan reads documents (the demo's interpretations are indexed too).</summary>
        public async Task<IReadOnlyList<SearchHit>> SearchAllAsync(SearchCriteria criteria)
        {
            criteria = criteria with { Kind = criteria.Kind ?? SearchKinds.Document };
            var hits = new List<SearchHit>();
            for (var page = 1; ; page++)
            {
                await using var scope = Factory.Scope();
                var results = await scope.ServiceProvider.GetRequiredService<ISearchService>().SearchAsync(criteria with { Page = page }, CancellationToken.None);
                hits.AddRange(results.Hits);
                if (page >= results.PageCount)
                {
                    Assert.Equal(results.Total, hits.Count);
                    return hits;
                }
            }
        }
    }
}
