using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Tests;
using Gongkai.Web.Features.Search;
using Gongkai.Web.Platform.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Search;

/// <summary>A database whose documents were published before the index existed gets the index built before the site serves.</summary>
public sealed class IndexOnUpgradeTests
{
    [Fact]
    public async Task An_empty_index_beside_published_documents_is_built_at_start()
    {
        using var database = TestDatabase.Create();
        await using (var first = GongkaiFactory.On(database, ownsDatabase: false))
        {
            await using var scope = first.Scope();
            Assert.NotEmpty((await SearchAsync(scope)).Hits);
            await scope.ServiceProvider.GetRequiredService<ISearchEngine>().ClearAsync(first.Db(scope), CancellationToken.None);
            Assert.Empty((await SearchAsync(scope)).Hits);
        }

        await using var second = GongkaiFactory.On(database, ownsDatabase: false);
        _ = second.Services;
        await using var again = second.Scope();
        var results = await SearchAsync(again);
        Assert.NotEmpty(results.Hits);
        Assert.Contains(results.Hits, h => h.DocumentNumber == "鲁人社办发〔2014〕61号");
    }

    private static Task<SearchResults> SearchAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ISearchService>().SearchAsync(new SearchCriteria { Query = "鲁人社办发[2014]61号" }, CancellationToken.None);
}
