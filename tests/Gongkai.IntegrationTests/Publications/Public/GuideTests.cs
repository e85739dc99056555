namespace Gongkai.IntegrationTests.Publications.Public;

public sealed class GuideTests(Infrastructure.GongkaiFactory factory) : IClassFixture<Infrastructure.GongkaiFactory>
{
    [Fact]
    public async Task Without_a_guide_of_its_own_an_agency_gets_one_built_from_its_data()
    {
        var agency = await PublicationSeed.CreateAgencyAsync(factory.Services);
        var html = await factory.Anonymous().GetStringAsync($"/{agency.Code}/guide");
        string[] expected =
        [
            "测试市人力资源和社会保障局政府信息公开指南",
            "测试市示例路8号", "0000-12345678", "工作日 上午9:00-12:00", "测试市人社局政务公开办公室，电话 0000-87654321",
            $"href=\"/{agency.Code}/applications\">依申请公开</a>",
            "信函申请", "当面申请", "网上申请",
            "20个工作日", "第三十三条", "第二十六条", "第三十一条",
            "国办函〔2020〕109号", "第四十二条",
            "行政复议", "行政诉讼",
            $"href=\"/{agency.Code}/catalog/employment\">就业创业</a>",
            "aria-current=\"page\">公开指南</a>",
        ];
        foreach (var text in expected)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_agency_s_own_guide_replaces_the_default_one_sanitized()
    {
        var agency = await PublicationSeed.CreateAgencyAsync(factory.Services);
        await PublicationSeed.SetGuideAsync(factory.Services, agency.Id, "<h2>本局自编指南</h2><p>请到三楼窗口。</p><script>alert(1)</script>");
        var html = await factory.Anonymous().GetStringAsync($"/{agency.Code}/guide");
        Assert.Contains("<h2>本局自编指南</h2><p>请到三楼窗口。</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("国办函〔2020〕109号", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guide_and_the_catalog_replace_the_placeholder_of_the_column()
    {
        var client = factory.Anonymous();
        foreach (var path in new[] { "/shandong/guide", "/shandong/catalog" })
        {
            Assert.DoesNotContain("本栏目暂无发布内容", await client.GetStringAsync(path), StringComparison.Ordinal);
        }

        Assert.Contains("本栏目暂无发布内容", await client.GetStringAsync("/shandong/open-data"), StringComparison.Ordinal);
    }
}
