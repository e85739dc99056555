using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Search;

public sealed partial class SearchApiTests(SearchScenario scenario) : IClassFixture<SearchScenario>
{
    private static readonly string Word = Uri.EscapeDataString(SearchScenario.Word);

    private string InAgency => $"/api/search?q={Word}&agency={scenario.Code}";

    [Fact]
    public async Task The_answer_has_exactly_the_documented_shape()
    {
        var response = await scenario.Anonymous().GetAsync(InAgency);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["total", "totalIsLowerBound", "page", "pageSize", "items"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(scenario.WordCount, root.GetProperty("total").GetInt32());
        Assert.False(root.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(20, root.GetProperty("pageSize").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(scenario.WordCount, items.Count);
        Assert.All(items, item => Assert.Equal(
            ["title", "url", "agency", "indexNumber", "documentNumber", "publishedOn", "snippet"],
            item.EnumerateObject().Select(p => p.Name)));

        var notice = items.Single(i => i.GetProperty("url").GetString()!.EndsWith(scenario.Notice.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"关于开展{SearchScenario.Word}工匠技能培训的通知", notice.GetProperty("title").GetString());
        Assert.Equal($"http://localhost/{scenario.Code}/documents/{scenario.Notice}", notice.GetProperty("url").GetString());
        Assert.Equal("检索测试市人力资源和社会保障局", notice.GetProperty("agency").GetString());
        Assert.Equal("检人社发〔2024〕3号", notice.GetProperty("documentNumber").GetString());
        Assert.Equal("2024-05-06", notice.GetProperty("publishedOn").GetString());
        Assert.StartsWith("TEST-", notice.GetProperty("indexNumber").GetString(), StringComparison.Ordinal);

        // The snippet is plain text: no tags, no highlighting markup.
        var opinion = items.Single(i => i.GetProperty("url").GetString()!.EndsWith(scenario.Opinion.ToString(), StringComparison.OrdinalIgnoreCase));
        var snippet = opinion.GetProperty("snippet").GetString()!;
        Assert.Contains(SearchScenario.Word, snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<", snippet, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, opinion.GetProperty("documentNumber").ValueKind);
    }

    [Fact]
    public async Task Every_hit_s_address_opens_its_public_page()
    {
        var client = scenario.Anonymous();
        var root = await GetJsonAsync(client, InAgency);
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            var page = await client.GetAsync(new Uri(item.GetProperty("url").GetString()!).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(item.GetProperty("title").GetString()!), await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_word_of_a_demo_document_s_title_is_found_in_its_agency_and_across_the_platform()
    {
        var client = scenario.Anonymous();
        const string title = "关于做好2025年高校毕业生等青年就业创业工作的通知";
        var shandong = await GetJsonAsync(client, $"/api/search?q={Uri.EscapeDataString("高校毕业生")}&agency=shandong");
        var hit = shandong.GetProperty("items").EnumerateArray().First(i => i.GetProperty("title").GetString() == title);
        Assert.Equal("山东省人力资源和社会保障厅", hit.GetProperty("agency").GetString());
        var url = new Uri(hit.GetProperty("url").GetString()!);
        Assert.StartsWith("/shandong/documents/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url.PathAndQuery)).StatusCode);
        Assert.All(shandong.GetProperty("items").EnumerateArray(), i => Assert.Equal("山东省人力资源和社会保障厅", i.GetProperty("agency").GetString()));

        // Each of the five demo agencies published that title.
        var platform = await GetJsonAsync(client, $"/api/search?q={Uri.EscapeDataString("高校毕业生")}&pageSize=100");
        var agencies = platform.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("title").GetString() == title)
            .Select(i => i.GetProperty("agency").GetString())
            .ToHashSet();
        Assert.Superset(
            new HashSet<string?> { "山东省人力资源和社会保障厅", "北京市人力资源和社会保障局", "镇江市人力资源和社会保障局", "上海市人力资源和社会保障局", "白山市浑江区人力资源和社会保障局" },
            agencies);
    }

    [Theory]
    [InlineData("yearFrom=2023", "Notice")]
    [InlineData("yearTo=2020&yearFrom=2020", "Opinion")]
    [InlineData("genre=%E5%8A%9E%E6%B3%95", "Measures")]
    [InlineData("topic=15.02", "Measures")]
    [InlineData("topic=02", "Opinion")]
    [InlineData("validity=valid", "Measures")]
    [InlineData("category=normative", "Measures")]
    [InlineData("category=employment&kind=document", "Notice")]
    public async Task A_filter_narrows_the_hits(string filter, string expected)
    {
        var root = await GetJsonAsync(scenario.Anonymous(), $"{InAgency}&{filter}");
        var id = expected switch
        {
            "Notice" => scenario.Notice,
            "Measures" => scenario.Measures,
            "Opinion" => scenario.Opinion,
            _ => throw new ArgumentOutOfRangeException(nameof(expected)),
        };
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.EndsWith(id.ToString(), item.GetProperty("url").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ordering_by_date_puts_the_newest_first_and_paging_moves_through_the_hits()
    {
        var client = scenario.Anonymous();
        var byDate = await GetJsonAsync(client, $"{InAgency}&order=date");
        var dates = byDate.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("publishedOn").GetString()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        var paging = $"/api/search?q={Uri.EscapeDataString(SearchScenario.PagingWord)}&agency={scenario.Code}&order=date&pageSize=10";
        var first = await GetJsonAsync(client, paging);
        Assert.Equal(SearchScenario.PagingCount, first.GetProperty("total").GetInt32());
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        var third = await GetJsonAsync(client, $"{paging}&page=3");
        Assert.Equal(3, third.GetProperty("page").GetInt32());
        Assert.Equal(5, third.GetProperty("items").GetArrayLength());
        var seen = first.GetProperty("items").EnumerateArray().Concat(third.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("url").GetString()).ToList();
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task No_unpublished_document_is_ever_found()
    {
        var client = scenario.Anonymous();
        foreach (var (state, marker) in scenario.Hidden)
        {
            foreach (var url in new[] { $"/api/search?q={Uri.EscapeDataString(marker)}", $"/api/search?q={Uri.EscapeDataString(marker)}&agency={scenario.Code}" })
            {
                var body = await client.GetStringAsync(url);
                Assert.True(body.StartsWith("{\"total\":0,", StringComparison.Ordinal), $"“{state}”状态的文件被检索到了：{body}");
            }
        }

        // Their titles hold the shared word too, yet only the published four come back.
        var all = await client.GetStringAsync($"{InAgency}&pageSize=100");
        foreach (var (_, marker) in scenario.Hidden)
        {
            Assert.DoesNotContain(marker, all, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("q=", "检索词")]
    [InlineData("q=%20%20", "检索词")]
    [InlineData("q=LONG", "100")]
    [InlineData("q=a+b+c+d+e+f+g+h+i", "8")]
    [InlineData("q=%E7%8E%BB&page=abc", "页码")]
    [InlineData("q=%E7%8E%BB&page=0", "页码")]
    [InlineData("q=%E7%8E%BB&page=51", "1000")]
    [InlineData("q=%E7%8E%BB&pageSize=101", "每页条数")]
    [InlineData("q=%E7%8E%BB&yearFrom=abc", "起始年份")]
    [InlineData("q=%E7%8E%BB&yearTo=1800", "截止年份")]
    [InlineData("q=%E7%8E%BB&yearFrom=2025&yearTo=2020", "截止年份")]
    [InlineData("q=%E7%8E%BB&topic=99.99", "主题分类")]
    [InlineData("q=%E7%8E%BB&genre=%E5%B0%8F%E8%AF%B4", "公文种类")]
    [InlineData("q=%E7%8E%BB&validity=forever", "有效性")]
    [InlineData("q=%E7%8E%BB&kind=video", "内容类型")]
    [InlineData("q=%E7%8E%BB&order=best", "排序")]
    [InlineData("q=%E7%8E%BB&category=employment", "机关")]
    [InlineData("q=%E7%8E%BB&agency=shandong&category=no-such-category", "目录")]
    public async Task A_bad_parameter_gets_a_Chinese_400(string query, string mentioned)
    {
        query = query.Replace("LONG", new string('瓦', 101), StringComparison.Ordinal);
        var response = await scenario.Anonymous().GetAsync($"/api/search?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["error"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var error = json.RootElement.GetProperty("error").GetString()!;
        Assert.Matches(Chinese(), error);
        Assert.Contains(mentioned, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-agency")]
    [InlineData("search")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    public async Task An_unknown_agency_gets_a_Chinese_404(string agency)
    {
        var response = await scenario.Anonymous().GetAsync($"/api/search?q={Word}&agency={agency}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("{\"error\":\"机关不存在。\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_route_leaves_the_agency_documents_API_alone()
    {
        var client = scenario.Anonymous();
        // "search" is a reserved word, never an agency code.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/search/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/{scenario.Code}/documents")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_search_in_Chinese()
    {
        using var json = JsonDocument.Parse(await scenario.Anonymous().GetStringAsync("/openapi/v1.json"));
        var search = json.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        Assert.StartsWith("全文检索", search.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["q", "agency", "category", "topic", "genre", "yearFrom", "yearTo", "validity", "kind", "order", "page", "pageSize"],
            search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.All(search.GetProperty("parameters").EnumerateArray(), p => Assert.Matches(Chinese(), p.GetProperty("description").GetString()!));
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(search.GetProperty("responses").TryGetProperty("404", out _));
    }

    private static async Task<JsonElement> GetJsonAsync(StaffClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.Clone();
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
