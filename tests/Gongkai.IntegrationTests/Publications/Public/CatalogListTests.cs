using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.IntegrationTests.Publications.Public;

public sealed partial class CatalogListTests(ColumnScenario scenario) : IClassFixture<ColumnScenario>
{
    private string Employment => $"/{scenario.Code}/catalog/employment";

    [Fact]
    public async Task A_category_lists_its_documents_and_those_of_its_sub_categories_newest_first_twenty_a_page()
    {
        var client = scenario.Anonymous();
        var first = await client.GetStringAsync(Employment);
        Assert.Equal(ColumnScenario.EmploymentCount + 2, Total(first));
        var ids = DocumentIds(first);
        Assert.Equal(20, ids.Count);
        Assert.Equal(Enumerable.Range(25, 20).Reverse().Select(i => scenario.Employment[i]), ids);
        Assert.Contains($"href=\"{Employment}?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);

        var last = await client.GetStringAsync($"{Employment}?page=3");
        Assert.Equal([.. Enumerable.Range(0, 5).Reverse().Select(i => scenario.Employment[i]), .. scenario.Internships.AsEnumerable().Reverse()], DocumentIds(last));
        Assert.Contains($"href=\"{Employment}?page=2\" rel=\"prev\"", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", last, StringComparison.Ordinal);
        Assert.Contains("第 3 页，共 3 页", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_title_document_number_and_published_date()
    {
        var html = await scenario.Anonymous().GetStringAsync(Employment);
        Assert.Contains($"<a class=\"doc-title\" href=\"/{scenario.Code}/documents/{scenario.Employment[44]}\">就业文件第44号</a>", html, StringComparison.Ordinal);
        Assert.Contains("发文字号：测人社发〔2025〕45号", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-05-31\">2025年5月31日</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_year_counts_the_published_date()
    {
        var html = await scenario.Anonymous().GetStringAsync($"{Employment}?year=2024");
        var expected = Enumerable.Range(0, ColumnScenario.EmploymentCount).Where(i => ColumnScenario.EmploymentDate(i).Year == 2024).ToList();
        Assert.Equal(expected.Count, Total(html));
        Assert.Contains("<option value=\"2024\" selected=\"selected\">2024年</option>", html, StringComparison.Ordinal);
        Assert.Contains("符合筛选条件的共", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_a_top_level_topic_takes_in_its_sub_topics()
    {
        var client = scenario.Anonymous();
        var labour = await client.GetStringAsync($"{Employment}?topic=15");
        var employmentOnly = await client.GetStringAsync($"{Employment}?topic=15.01");
        var general = await client.GetStringAsync($"{Employment}?topic=02");
        Assert.Equal(30 + 2, Total(labour));
        Assert.Equal(15 + 2, Total(employmentOnly));
        Assert.Equal(15, Total(general));
    }

    [Fact]
    public async Task Filters_combine_and_the_page_links_keep_them()
    {
        var client = scenario.Anonymous();
        var html = await client.GetStringAsync($"{Employment}?genre=%E9%80%9A%E7%9F%A5&topic=15.01");
        Assert.Equal(15 + 2, Total(html));
        var none = await client.GetStringAsync($"{Employment}?genre=%E6%84%8F%E8%A7%81&topic=15.01");
        Assert.Equal(0, Total(none));
        Assert.Contains("没有符合筛选条件的信息", none, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Employment}\">查看本栏目全部信息</a>", none, StringComparison.Ordinal);

        var paged = await client.GetStringAsync($"{Employment}?topic=15");
        Assert.Contains($"href=\"{Employment}?topic=15&amp;page=2\" rel=\"next\"", paged, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Employment}\">清除筛选</a>", paged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normative_documents_show_their_validity_and_can_be_filtered_by_it()
    {
        var client = scenario.Anonymous();
        var normative = $"/{scenario.Code}/catalog/normative";
        var all = await client.GetStringAsync(normative);
        Assert.Equal(4, Total(all));
        foreach (var word in new[] { "有效性：<span class=\"validity validity-valid\">有效</span>", ">失效<", ">废止<", ">已修改<" })
        {
            Assert.Contains(word, all, StringComparison.Ordinal);
        }

        var valid = await client.GetStringAsync($"{normative}?validity=valid");
        Assert.Equal([scenario.Valid], DocumentIds(valid));
        var repealed = await client.GetStringAsync($"{normative}?validity=repealed");
        Assert.Equal([scenario.Repealed], DocumentIds(repealed));
    }

    [Fact]
    public async Task Bad_filter_values_are_explained_in_Chinese_and_left_out()
    {
        var response = await scenario.Anonymous().GetAsync($"{Employment}?year=20x4&topic=99&genre=x&validity=maybe&page=0");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var message in new[] { "年份应为", "主题分类不存在", "公文种类不存在", "有效性只能是", "页码应为" })
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
        }

        Assert.Equal(ColumnScenario.EmploymentCount + 2, Total(html));
    }

    [Fact]
    public async Task A_page_beyond_the_last_says_so()
    {
        var html = await scenario.Anonymous().GetStringAsync($"{Employment}?page=9");
        Assert.Contains("没有第 9 页", html, StringComparison.Ordinal);
        Assert.Empty(DocumentIds(html));
    }

    [Fact]
    public async Task An_empty_category_says_where_else_to_look()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/catalog/statistics");
        Assert.Equal(0, Total(html));
        Assert.Contains("本栏目暂无主动公开的信息", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{scenario.Code}/applications\">申请政府信息公开</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_category_or_agency_is_404()
    {
        var client = scenario.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{scenario.Code}/catalog/no-such-category")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-agency/catalog")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-agency/catalog/employment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-agency/guide")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-agency/normative")).StatusCode);
    }

    [Fact]
    public async Task The_catalog_tree_counts_public_documents_including_sub_categories()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/catalog");
        Assert.Contains($"data-testid=\"catalog-total\">{ColumnScenario.TotalPublic}<", html, StringComparison.Ordinal);
        Assert.Matches(CountOf("employment", ColumnScenario.EmploymentCount + 2), html);
        Assert.Matches(CountOf("internships", 2), html);
        Assert.Matches(CountOf("normative", 4), html);
        Assert.Matches(CountOf("notices", 7), html);
        Assert.Matches(CountOf("statistics", 0), html);

        // The sub-category sits inside its parent's item.
        var parent = html.IndexOf("data-slug=\"employment\"", StringComparison.Ordinal);
        var child = html.IndexOf("data-slug=\"internships\"", StringComparison.Ordinal);
        var next = html.IndexOf("data-slug=\"social-insurance\"", StringComparison.Ordinal);
        Assert.True(parent < child && child < next);
    }

    [Fact]
    public async Task The_normative_page_lists_only_documents_in_force_with_their_dates()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/normative");
        Assert.Equal([scenario.Valid], DocumentIds(html));
        Assert.Contains("data-testid=\"result-total\">1<", html, StringComparison.Ordinal);
        Assert.Contains("实施日期：2024年3月1日", html, StringComparison.Ordinal);
        Assert.Contains("有效期：至2029年2月28日", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agency_home_shows_the_ten_newest_documents()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/");
        var ids = DocumentIds(html);
        Assert.Equal(10, ids.Count);
        Assert.Equal(scenario.Special, ids[0]);
        Assert.Equal(scenario.Employment[44], ids[1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("guide")]
    [InlineData("catalog")]
    [InlineData("catalog/employment")]
    [InlineData("normative")]
    public async Task Pages_of_the_column_announce_the_feeds(string path)
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/{path}");
        Assert.Contains($"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"测试市人力资源和社会保障局最新公开信息（RSS）\" href=\"/{scenario.Code}/feed.rss\">", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"测试市人力资源和社会保障局最新公开信息（Atom）\" href=\"/{scenario.Code}/feed.atom\">", html, StringComparison.Ordinal);
    }

    internal static int Total(string html) =>
        int.Parse(TotalPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    internal static List<Guid> DocumentIds(string html) =>
        [.. DocumentLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    private static Regex CountOf(string slug, int count) =>
        new($"data-slug=\"{slug}\">\\s*<span class=\"catalog-name\">[^<]*</span>\\s*<span class=\"catalog-count\" data-count=\"{count}\"");

    [GeneratedRegex("data-testid=\"result-total\">(\\d+)<")]
    private static partial Regex TotalPattern();

    [GeneratedRegex("class=\"doc-title\" href=\"/[a-z0-9-]+/documents/([0-9a-f-]{36})\"")]
    private static partial Regex DocumentLink();
}
