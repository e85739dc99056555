using System.Net;

namespace Gongkai.IntegrationTests.Publications.Public;

public sealed class DocumentPageTests(ColumnScenario scenario) : IClassFixture<ColumnScenario>
{
    [Fact]
    public async Task The_metadata_table_comes_before_the_body_then_the_attachments_then_the_interpretations()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/documents/{scenario.WithAttachment}");
        string[] rows =
        [
            "<th scope=\"row\">索引号</th><td data-field=\"index-number\">TEST-",
            "<th scope=\"row\">主题分类</th><td>劳动、人事、监察／社会保障</td>",
            "<th scope=\"row\">发文机关</th><td>测试市人力资源和社会保障局、测试市财政局、测试市税务局</td>",
            "<th scope=\"row\">成文日期</th><td><time datetime=\"2020-04-28\">2020年4月28日</time></td>",
            "<th scope=\"row\">发文字号</th><td>测人社函〔2020〕7号</td>",
            "<time datetime=\"2020-05-06\">2020年5月6日</time>",
            "<th scope=\"row\">公文种类</th><td>函</td>",
            "<p>正文第一段。</p><h2>一、要求</h2><p>正文第二段。</p>",
            "<h2 id=\"attachments-heading\">附件</h2>",
            "附件1：参保登记表.pdf</a>",
            "<h2 id=\"interpretations-heading\">相关解读</h2>",
            "暂无相关解读",
        ];
        var at = 0;
        foreach (var row in rows)
        {
            var next = html.IndexOf(row, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"页面缺少或顺序不对：{row}");
            at = next;
        }

        Assert.DoesNotContain("有效性", html, StringComparison.Ordinal);
        Assert.Contains("<title>附有附件的通知 - 测试市人力资源和社会保障局政府信息公开</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_normative_document_shows_its_validity_and_dates()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/documents/{scenario.Valid}");
        Assert.Contains("<th scope=\"row\">有效性</th><td><span class=\"validity validity-valid\">有效</span></td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">实施日期</th><td><time datetime=\"2024-03-01\">2024年3月1日</time></td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">废止日期</th><td><time datetime=\"2029-02-28\">2029年2月28日</time></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("仅供查阅", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("repealed", "本文件已废止", "替代文件")]
    [InlineData("amended", "本文件已被修改", "修改文件")]
    public async Task A_repealed_or_amended_document_links_to_the_one_that_replaced_it(string which, string notice, string label)
    {
        var id = which == "repealed" ? scenario.Repealed : scenario.Amended;
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/documents/{id}");
        Assert.Contains(notice, html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{label}</th><td><a href=\"/{scenario.Code}/documents/{scenario.Valid}\">现行有效的办法</a></td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_document_says_so_without_a_replacement()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/documents/{scenario.Expired}");
        Assert.Contains("本文件已失效，仅供查阅。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("替代文件", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_downloads_under_its_Chinese_name()
    {
        var attachment = (await PublicationSeed.AttachmentsOfAsync(scenario.Services, scenario.WithAttachment)).Single();
        var response = await scenario.Anonymous().GetAsync($"/{scenario.Code}/documents/{scenario.WithAttachment}/attachments/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("附件1：参保登记表.pdf", disposition.FileNameStar);
        Assert.Equal(PublicationSeed.Pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task An_attachment_is_only_found_under_its_own_document_and_agency()
    {
        var attachment = (await PublicationSeed.AttachmentsOfAsync(scenario.Services, scenario.WithAttachment)).Single();
        var client = scenario.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{scenario.Code}/documents/{scenario.Valid}/attachments/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shandong/documents/{scenario.WithAttachment}/attachments/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{scenario.Code}/documents/{scenario.WithAttachment}/attachments/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_and_malformed_addresses_are_404()
    {
        var client = scenario.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{scenario.Code}/documents/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{scenario.Code}/documents/not-a-guid")).StatusCode);
        var unknown = await client.GetAsync($"/no-such-agency/documents/{scenario.Valid}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("页面不存在", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_ready_for_print_without_a_script()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/documents/{scenario.Valid}");
        Assert.Contains("media=\"print\"", html, StringComparison.Ordinal);
        Assert.Contains($"本页地址：http://localhost/{scenario.Code}/documents/{scenario.Valid}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("window.print", html, StringComparison.Ordinal);
    }
}
