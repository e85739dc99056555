using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.IntegrationTests.Search;

public sealed partial class SearchPageTests(SearchScenario scenario) : IClassFixture<SearchScenario>
{
    private static readonly string Word = Uri.EscapeDataString(SearchScenario.Word);

    private string Page => $"/{scenario.Code}/search";

    [Fact]
    public async Task The_agency_page_lists_the_hits_with_the_query_marked_and_their_details()
    {
        var response = await scenario.Anonymous().GetAsync($"{Page}?q={Word}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-testid=\"result-total\">{scenario.WordCount}<", html, StringComparison.Ordinal);
        Assert.Contains($"共找到 <strong data-testid=\"result-total\">{scenario.WordCount}</strong> 条", html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"doc-title\" href=\"/{scenario.Code}/documents/{scenario.Notice}\">关于开展<mark>{SearchScenario.Word}</mark>工匠技能培训的通知</a>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("发文字号：检人社发〔2024〕3号", html, StringComparison.Ordinal);
        Assert.Contains("索引号：TEST-", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-05-06\">2024年5月6日</time>", html, StringComparison.Ordinal);
        Assert.Contains("检索测试市人力资源和社会保障局", html, StringComparison.Ordinal);

        // The body-only hit shows where the word stands in its text.
        Assert.Matches(SnippetWithMark(), html);

        // The column's navigation marks 检索 as the current section; the placeholder page does not answer.
        Assert.Contains($"<a href=\"/{scenario.Code}/search\" aria-current=\"page\">检索</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("本栏目暂无发布内容", html, StringComparison.Ordinal);
        Assert.Contains($"<title>“{SearchScenario.Word}”的检索结果", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Titles_and_the_query_are_encoded_never_run_as_HTML()
    {
        var client = scenario.Anonymous();
        var html = await client.GetStringAsync($"{Page}?q={Word}");
        Assert.Contains($"关于“A&amp;B&lt;C&gt;”<mark>{SearchScenario.Word}</mark>的说明", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<C>", html, StringComparison.Ordinal);

        var hostile = await client.GetAsync($"{Page}?q={Uri.EscapeDataString("<script>alert(1)</script>")}");
        var body = await hostile.Content.ReadAsStringAsync();
        Assert.True(hostile.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"状态 {(int)hostile.StatusCode}");
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_page_finds_every_agency_s_document_and_can_keep_to_one_agency()
    {
        var client = scenario.Anonymous();
        var q = Uri.EscapeDataString("高校毕业生等青年就业创业");
        var html = await client.GetStringAsync($"/search?q={q}");
        foreach (var name in new[] { "山东省人力资源和社会保障厅", "北京市人力资源和社会保障局", "镇江市人力资源和社会保障局", "上海市人力资源和社会保障局", "白山市浑江区人力资源和社会保障局" })
        {
            Assert.Contains($"<span>{name}</span>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<mark>高校毕业生等青年就业创业</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">全部机关</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"shandong\">山东省人力资源和社会保障厅</option>", html, StringComparison.Ordinal);

        var beijing = await client.GetStringAsync($"/search?q={q}&agency=beijing");
        Assert.Contains("data-testid=\"result-total\">1<", beijing, StringComparison.Ordinal);
        Assert.Contains("<span>北京市人力资源和社会保障局</span>", beijing, StringComparison.Ordinal);
        Assert.DoesNotContain("<span>山东省人力资源和社会保障厅</span>", beijing, StringComparison.Ordinal);
        Assert.Contains("<option value=\"beijing\" selected=\"selected\">", beijing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_the_hits_and_stay_in_the_form()
    {
        var html = await scenario.Anonymous().GetStringAsync($"{Page}?q={Word}&category=normative&validity=valid&yearFrom=2021&order=date");
        Assert.Contains("data-testid=\"result-total\">1<", html, StringComparison.Ordinal);
        Assert.Contains($"/{scenario.Code}/documents/{scenario.Measures}", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<option value=\"normative\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"valid\" selected=\"selected\">有效</option>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2021\"", html, StringComparison.Ordinal);
        // The hits come first: the filter form stays closed, its summary naming what is in force.
        Assert.Contains("<details class=\"search-filters\">", html, StringComparison.Ordinal);
        Assert.Contains("<summary>筛选和排序（规范性文件、2021年起、有效、按发布日期排序）</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<strong aria-current=\"true\">发布日期</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_hits_than_a_page_are_paged_with_the_query_kept()
    {
        var client = scenario.Anonymous();
        var q = Uri.EscapeDataString(SearchScenario.PagingWord);
        var first = await client.GetStringAsync($"{Page}?q={q}&order=date");
        Assert.Contains($"data-testid=\"result-total\">{SearchScenario.PagingCount}<", first, StringComparison.Ordinal);
        Assert.Equal(20, HitCount(first));
        Assert.Contains($"href=\"{Page}?q={q}&amp;order=date&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("第 1 页，共 2 页", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync($"{Page}?q={q}&order=date&page=2");
        Assert.Equal(SearchScenario.PagingCount - 20, HitCount(second));
        Assert.Contains("第 2 页，共 2 页", second, StringComparison.Ordinal);

        var beyond = await client.GetAsync($"{Page}?q={q}&page=7");
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Contains("没有第 7 页", await beyond.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_query_the_page_shows_the_form_only()
    {
        var response = await scenario.Anonymous().GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<input type=\"search\" id=\"q\" name=\"q\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"category\">公开目录</label>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"search-filters\" open=\"open\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("result-total", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no-results", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-error", html, StringComparison.Ordinal);

        var platform = await scenario.Anonymous().GetStringAsync("/search");
        Assert.Contains("<label for=\"agency\">机关</label>", platform, StringComparison.Ordinal);
        Assert.DoesNotContain("result-total", platform, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_what_to_try_next()
    {
        var html = await scenario.Anonymous().GetStringAsync($"{Page}?q={Uri.EscapeDataString("不存在的词语组合")}&genre=%E5%86%B3%E8%AE%AE");
        Assert.Contains("data-testid=\"result-total\">0<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-results\"", html, StringComparison.Ordinal);
        Assert.Contains("没有找到与“不存在的词语组合”相关的、符合筛选条件的信息", html, StringComparison.Ordinal);
        Assert.Contains("检查检索词是否有错别字", html, StringComparison.Ordinal);
        Assert.Contains("减少检索词", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Page}?q={Uri.EscapeDataString("不存在的词语组合")}\">去掉筛选条件重新检索</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{scenario.Code}/catalog\">公开目录</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{scenario.Code}/applications\">申请政府信息公开</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=%E7%93%A6&yearFrom=abc", "yearFrom", "起始年份应为")]
    [InlineData("q=%E7%93%A6&yearTo=99999", "yearTo", "截止年份应为")]
    [InlineData("q=%E7%93%A6&topic=99.99", "topic", "主题分类不存在")]
    [InlineData("q=%E7%93%A6&genre=x", "genre", "公文种类不存在")]
    [InlineData("q=%E7%93%A6&category=no-such-category", "category", "目录“no-such-category”不存在")]
    [InlineData("q=%E7%93%A6&validity=x", "validity", "有效性只能是")]
    [InlineData("q=%E7%93%A6&kind=x", "kind", "内容类型不存在")]
    [InlineData("q=%E7%93%A6&order=x", "order", "排序方式只能是")]
    [InlineData("q=%E7%93%A6&page=abc", "page", "页码应为")]
    [InlineData("q=%E7%93%A6&page=51", "page", "前1000条")]
    public async Task A_bad_filter_is_a_400_with_its_Chinese_message_beside_the_field(string query, string field, string message)
    {
        var response = await scenario.Anonymous().GetAsync($"{Page}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("检索条件有误", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"search-filters\" open=\"open\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("result-total", html, StringComparison.Ordinal);
        if (field != "page")
        {
            Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
            Assert.Matches(new Regex($"id=\"{field}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"{field}-error"), html);
        }
    }

    [Theory]
    [InlineData("LONG", "100")]
    [InlineData("%EF%BC%8C%E3%80%82", "汉字")]
    public async Task An_unusable_query_is_a_400_with_the_engine_s_message_beside_the_box(string q, string mentioned)
    {
        q = q.Replace("LONG", Uri.EscapeDataString(new string('瓦', 101)), StringComparison.Ordinal);
        var response = await scenario.Anonymous().GetAsync($"{Page}?q={q}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var error = QueryError().Match(html);
        Assert.True(error.Success, "检索框旁应有错误提示");
        Assert.Contains(mentioned, error.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"q-error q-hint\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agency_on_either_page_is_refused_not_an_error()
    {
        var client = scenario.Anonymous();
        var page = await client.GetAsync($"/no-such-agency/search?q={Word}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("页面不存在", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var filter = await client.GetAsync($"/search?q={Word}&agency=no-such-agency");
        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        Assert.Contains("所选机关不存在。", await filter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_unpublished_document_shows_on_the_pages()
    {
        var client = scenario.Anonymous();
        var all = await client.GetStringAsync($"{Page}?q={Word}");
        foreach (var (state, marker) in scenario.Hidden)
        {
            Assert.False(all.Contains(marker, StringComparison.Ordinal), $"“{state}”状态的文件出现在检索结果中");
            var own = await client.GetStringAsync($"/search?q={Uri.EscapeDataString(marker)}");
            Assert.Contains("data-testid=\"result-total\">0<", own, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_homes_carry_a_search_box_that_leads_to_the_search_pages()
    {
        var client = scenario.Anonymous();
        var home = await client.GetStringAsync($"/{scenario.Code}/");
        Assert.Contains($"<form method=\"get\" action=\"/{scenario.Code}/search\"", home, StringComparison.Ordinal);
        var platform = await client.GetStringAsync("/");
        Assert.Contains("<form method=\"get\" action=\"/search\"", platform, StringComparison.Ordinal);
    }

    private static int HitCount(string html) => Regex.Matches(html, "<a class=\"doc-title\"").Count;

    [GeneratedRegex("<p class=\"search-snippet\">[^<]*<mark>琉璃瓦</mark>")]
    private static partial Regex SnippetWithMark();

    [GeneratedRegex("<p class=\"alert alert-error\" role=\"alert\" id=\"q-error\">([^<]+)</p>")]
    private static partial Regex QueryError();
}
