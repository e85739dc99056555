using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Tests;
using Gongkai.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Search;

/// <summary>
/// The same corpus in a SQLite file and in a PostgreSQL database: every query gives the same hits in the same order,
/// by relevance and by date, with the same counts. (Each engine is also checked against a scan on its own run.)
/// </summary>
public sealed class EnginesAgreeTests : IAsyncLifetime
{
    private readonly GongkaiFactory sqlite = GongkaiFactory.On(TestDatabase.CreateSqlite());
    private readonly GongkaiFactory postgres = GongkaiFactory.On(TestDatabase.CreatePostgres());

    public async ValueTask InitializeAsync()
    {
        foreach (var factory in new[] { sqlite, postgres })
        {
            await using var scope = factory.Scope();
            await SearchCorpus.BuildAsync(factory.Db(scope));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await sqlite.DisposeAsync();
        await postgres.DisposeAsync();
    }

    [Fact]
    public async Task Both_engines_return_the_same_hits_in_the_same_order()
    {
        Assert.Equal("Sqlite", sqlite.Database.Provider);
        Assert.Equal("Postgres", postgres.Database.Provider);
        var queries = SearchCorpus.Queries([.. SearchCorpus.Words.Select(w => (w, w + "的" + w))]);
        var compared = 0;
        foreach (var query in queries.Concat(["社会保险", "保险 待遇", "〔2014〕61号", "社"]))
        {
            foreach (var order in new[] { SearchOrder.Relevance, SearchOrder.Date })
            {
                var criteria = new SearchCriteria { Query = query, Order = order, PageSize = 100 };
                var a = await SearchAsync(sqlite, criteria);
                var b = await SearchAsync(postgres, criteria);
                Assert.Equal(a.Total, b.Total);
                Assert.Equal(Ordered(a), Ordered(b));
                compared += a.Hits.Count;
            }
        }

        Assert.True(compared > 500, $"只比较了 {compared} 条结果。");
    }

    private static async Task<SearchResults> SearchAsync(GongkaiFactory factory, SearchCriteria criteria)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<ISearchService>().SearchAsync(criteria, CancellationToken.None);
    }

    // Demo documents get new ids in each database, so a hit is compared by what it shows.
    private static List<string> Ordered(SearchResults results) =>
        [.. results.Hits.Select(h => $"{h.PublishedOn:yyyy-MM-dd} {h.AgencyCode} {h.Title} | {h.Snippet} | {string.Join('/', h.SnippetParts.Where(p => p.IsMatch).Select(p => p.Text))}")];
}
