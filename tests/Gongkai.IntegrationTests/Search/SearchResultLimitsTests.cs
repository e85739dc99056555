using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Search;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Search;

/// <summary>
/// What the pages make of an engine that stopped counting: no test database holds ten thousand hits, so an engine that
/// reports them stands in for the real one.
/// </summary>
public sealed class SearchResultLimitsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_total_beyond_the_count_cap_reads_as_a_lower_bound_and_only_the_reachable_pages_are_offered()
    {
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddScoped<ISearchService, CountCappedSearch>()));
        var client = new StaffClient(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/shandong/search?q=%E5%85%AC%E5%BC%80"));
        Assert.Contains("共找到 <strong data-testid=\"result-total\">1000+</strong> 条", html, StringComparison.Ordinal);
        Assert.Contains($"只能翻阅前 {SearchLimits.MaxResults} 条", html, StringComparison.Ordinal);
        Assert.Contains("第 1 页，共 50 页", html, StringComparison.Ordinal);
        Assert.Contains("page=50\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("page=51\"", html, StringComparison.Ordinal);
        Assert.Contains("已同时检索同义词：社会保险、社保", html, StringComparison.Ordinal);

        var api = await client.GetStringAsync("/api/search?q=%E5%85%AC%E5%BC%80");
        Assert.StartsWith("{\"total\":1000,\"totalIsLowerBound\":true,\"page\":1,\"pageSize\":20,", api, StringComparison.Ordinal);
    }

    private sealed class CountCappedSearch : ISearchService
    {
        public Task<SearchResults> SearchAsync(SearchCriteria criteria, CancellationToken cancellationToken)
        {
            var hits = Enumerable.Range(1, criteria.PageSize).Select(i => new SearchHit(
                SearchKinds.Document, Guid.NewGuid(), "shandong", "山东省人力资源和社会保障厅", $"公开文件{i}",
                [new TextPart("公开", true), new TextPart($"文件{i}", false)], $"/shandong/documents/{Guid.NewGuid()}", null, null,
                new DateOnly(2025, 1, 1), [new TextPart("正文", false)])).ToList();
            return Task.FromResult(new SearchResults(SearchLimits.CountCap, true, criteria.Page, criteria.PageSize, hits, ["社会保险", "社保"]));
        }
    }
}
