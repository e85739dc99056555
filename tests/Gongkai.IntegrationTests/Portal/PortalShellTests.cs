using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Portal;

public sealed class PortalShellTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Platform_home_lists_the_five_demo_agencies()
    {
        var html = await factory.Anonymous().GetStringAsync("/");
        foreach (var name in new[] { "山东省人力资源和社会保障厅", "北京市人力资源和社会保障局", "镇江市人力资源和社会保障局", "上海市人力资源和社会保障局", "白山市浑江区人力资源和社会保障局" })
        {
            Assert.Contains(name, html, StringComparison.Ordinal);
        }

        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_home_shows_the_navigation_of_the_column()
    {
        var html = await factory.Anonymous().GetStringAsync("/shandong/");
        foreach (var item in new[] { "首页", "公开指南", "公开目录", "年度报告", "政策解读", "依申请公开", "互动交流", "办事服务", "数据开放", "检索" })
        {
            Assert.Contains($">{item}</a>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_agency_gets_a_Chinese_404_page()
    {
        var response = await factory.Anonymous().GetAsync("/no-such-agency/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_check_reports_the_database()
    {
        var body = await factory.Anonymous().GetStringAsync("/healthz");
        Assert.Contains("\"status\":\"healthy\"", body, StringComparison.Ordinal);
        Assert.Contains(factory.Database.Provider, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_error_page_is_Chinese_and_says_what_to_do()
    {
        var response = await factory.Anonymous().GetAsync("/error/500");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("系统繁忙", html, StringComparison.Ordinal);
        Assert.Contains("返回平台首页", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await factory.Anonymous().GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_large_text_choice_is_remembered_in_a_cookie_and_only_local_return_addresses_are_followed()
    {
        var client = factory.Anonymous();
        var response = await client.PostFormAsync("/shandong/", "/preferences/text-size", new() { ["returnUrl"] = "//evil.example/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var html = await client.GetStringAsync("/shandong/");
        Assert.Contains("class=\"large-text\"", html, StringComparison.Ordinal);
    }
}
