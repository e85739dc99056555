using System.Net;
using System.Text.Json;

namespace Gongkai.IntegrationTests.Publications.Public;

public sealed class DocumentsApiTests(ColumnScenario scenario) : IClassFixture<ColumnScenario>
{
    private string Api => $"/api/{scenario.Code}/documents";

    [Fact]
    public async Task The_list_has_exactly_the_documented_shape()
    {
        var response = await scenario.Anonymous().GetAsync(Api);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["total", "page", "pageSize", "items"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(ColumnScenario.TotalPublic, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(20, root.GetProperty("pageSize").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.All(items, item => Assert.Equal(
            ["id", "title", "indexNumber", "documentNumber", "publishedOn", "topic", "genre", "category", "validity", "url"],
            item.EnumerateObject().Select(p => p.Name)));

        var special = items[0];
        Assert.Equal(scenario.Special, special.GetProperty("id").GetGuid());
        Assert.Equal(ColumnScenario.SpecialTitle, special.GetProperty("title").GetString());
        Assert.Equal("2025-12-31", special.GetProperty("publishedOn").GetString());
        Assert.Equal(JsonValueKind.Null, special.GetProperty("documentNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, special.GetProperty("validity").ValueKind);
        Assert.Equal("公示公告", special.GetProperty("category").GetString());
        Assert.Equal("劳动、人事、监察／劳动就业", special.GetProperty("topic").GetString());
        Assert.Equal("通知", special.GetProperty("genre").GetString());
        Assert.StartsWith("TEST-", special.GetProperty("indexNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal($"http://localhost/{scenario.Code}/documents/{scenario.Special}", special.GetProperty("url").GetString());
        Assert.Equal("测人社发〔2025〕45号", items[1].GetProperty("documentNumber").GetString());
    }

    [Fact]
    public async Task Filters_and_paging_match_the_catalog()
    {
        var client = scenario.Anonymous();
        var employment = await GetJsonAsync(client, $"{Api}?category=employment&pageSize=100");
        Assert.Equal(ColumnScenario.EmploymentCount + 2, employment.GetProperty("total").GetInt32());
        Assert.Equal(47, employment.GetProperty("items").GetArrayLength());
        Assert.Equal(100, employment.GetProperty("pageSize").GetInt32());

        var third = await GetJsonAsync(client, $"{Api}?category=employment&page=3");
        Assert.Equal(3, third.GetProperty("page").GetInt32());
        Assert.Equal(7, third.GetProperty("items").GetArrayLength());

        var topic = await GetJsonAsync(client, $"{Api}?category=employment&topic=15&year=2024&genre=%E9%80%9A%E7%9F%A5");
        var expected = Enumerable.Range(0, ColumnScenario.EmploymentCount).Count(i => i % 3 == 0 && ColumnScenario.EmploymentDate(i).Year == 2024);
        Assert.Equal(expected, topic.GetProperty("total").GetInt32());

        var valid = await GetJsonAsync(client, $"{Api}?validity=valid");
        var only = Assert.Single(valid.GetProperty("items").EnumerateArray());
        Assert.Equal(scenario.Valid, only.GetProperty("id").GetGuid());
        Assert.Equal("有效", only.GetProperty("validity").GetString());

        var amended = await GetJsonAsync(client, $"{Api}?validity=%E5%B7%B2%E4%BF%AE%E6%94%B9");
        Assert.Equal(scenario.Amended, Assert.Single(amended.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("pageSize=101", "每页条数应为1至100之间的整数。")]
    [InlineData("pageSize=0", "每页条数应为1至100之间的整数。")]
    [InlineData("page=0", "页码应为1至100000之间的整数。")]
    [InlineData("page=abc", "页码应为1至100000之间的整数。")]
    [InlineData("year=24", "年份应为1949至2100之间的四位数字，例如 2024。")]
    [InlineData("topic=99", "主题分类不存在；请使用主题分类代码，例如 15.01（劳动就业）。")]
    [InlineData("genre=memo", "公文种类不存在，例如：通知、意见、办法。")]
    [InlineData("validity=sometimes", "有效性只能是 valid（有效）、expired（失效）、repealed（废止）或 amended（已修改）。")]
    [InlineData("category=nothing", "目录“nothing”不存在。")]
    public async Task A_bad_parameter_gets_a_Chinese_400(string query, string message)
    {
        var response = await scenario.Anonymous().GetAsync($"{Api}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_unknown_agency_gets_a_JSON_404()
    {
        foreach (var url in new[] { "/api/no-such-agency/documents", $"/api/no-such-agency/documents/{scenario.Valid}" })
        {
            var response = await scenario.Anonymous().GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("{\"error\":\"机关不存在。\"}", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_detail_carries_the_metadata_the_body_and_the_attachments()
    {
        var client = scenario.Anonymous();
        var detail = await GetJsonAsync(client, $"{Api}/{scenario.WithAttachment}");
        Assert.Equal(
            [
                "id", "title", "indexNumber", "documentNumber", "issuer", "coIssuers", "writtenOn", "publishedOn", "topic", "topicCode", "genre",
                "category", "categorySlug", "summary", "keywords", "isNormative", "validity", "effectiveOn", "expiresOn", "replacedBy", "url",
                "bodyHtml", "attachments",
            ],
            detail.EnumerateObject().Select(p => p.Name));
        Assert.Equal("附有附件的通知", detail.GetProperty("title").GetString());
        Assert.Equal("测人社函〔2020〕7号", detail.GetProperty("documentNumber").GetString());
        Assert.Equal("测试市人力资源和社会保障局、测试市财政局、测试市税务局", detail.GetProperty("issuer").GetString());
        Assert.Equal(["测试市财政局", "测试市税务局"], detail.GetProperty("coIssuers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2020-04-28", detail.GetProperty("writtenOn").GetString());
        Assert.Equal("2020-05-06", detail.GetProperty("publishedOn").GetString());
        Assert.Equal("15.02", detail.GetProperty("topicCode").GetString());
        Assert.Equal("notices", detail.GetProperty("categorySlug").GetString());
        Assert.Equal("<p>正文第一段。</p><h2>一、要求</h2><p>正文第二段。</p>", detail.GetProperty("bodyHtml").GetString());
        var attachment = Assert.Single(detail.GetProperty("attachments").EnumerateArray());
        Assert.Equal(["id", "fileName", "contentType", "size", "url"], attachment.EnumerateObject().Select(p => p.Name));
        Assert.Equal("附件1：参保登记表.pdf", attachment.GetProperty("fileName").GetString());
        var download = await client.GetAsync(new Uri(attachment.GetProperty("url").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);

        var repealed = await GetJsonAsync(client, $"{Api}/{scenario.Repealed}");
        Assert.Equal("废止", repealed.GetProperty("validity").GetString());
        Assert.Equal($"http://localhost/{scenario.Code}/documents/{scenario.Valid}", repealed.GetProperty("replacedBy").GetString());
        Assert.Equal("2024-03-01", repealed.GetProperty("effectiveOn").GetString());
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task An_unknown_document_gets_a_JSON_404(string id)
    {
        var response = await scenario.Anonymous().GetAsync($"{Api}/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("{\"error\":\"文件不存在或未公开。\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_API_routes_leave_the_calendar_and_the_back_office_alone()
    {
        var client = scenario.Anonymous();
        var calendar = await client.GetAsync("/api/calendar/is-working-day?date=2024-10-01");
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Contains("\"workingDay\":false", await calendar.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audit = await client.GetAsync("/api/admin/shandong/manage/audit");
        Assert.Equal(HttpStatusCode.Unauthorized, audit.StatusCode);

        // Reserved words are never agency codes.
        foreach (var reserved in new[] { "admin", "calendar", "api" })
        {
            var response = await client.GetAsync($"/api/{reserved}/documents");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_both_endpoints_with_Chinese_summaries()
    {
        var response = await scenario.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");
        var list = paths.GetProperty("/api/{agencyCode}/documents").GetProperty("get");
        Assert.StartsWith("机关主动公开的政府信息列表", list.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["agencyCode", "category", "year", "topic", "genre", "validity", "page", "pageSize"],
            list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(list.GetProperty("responses").TryGetProperty("400", out _));
        var detail = paths.GetProperty("/api/{agencyCode}/documents/{id}").GetProperty("get");
        Assert.StartsWith("一条主动公开的政府信息", detail.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(detail.GetProperty("responses").TryGetProperty("404", out _));

        // Pages, feeds and downloads are not API.
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.Contains("feed", StringComparison.Ordinal) || p.Name.Contains("sitemap", StringComparison.Ordinal) || p.Name.Contains("attachments", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> GetJsonAsync(Infrastructure.StaffClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.Clone();
    }
}
