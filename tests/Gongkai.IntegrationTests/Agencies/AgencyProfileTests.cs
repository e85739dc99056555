using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Agencies;

public sealed class AgencyProfileTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/shandong/manage/profile";

    private static Dictionary<string, string> Profile(string phone, string creditCode = "11370000MB1234567R") => new()
    {
        ["fullName"] = "山东省人力资源和社会保障厅",
        ["shortName"] = "山东省人社厅",
        ["creditCode"] = creditCode,
        ["address"] = "山东省济南市历下区示例路1号",
        ["phone"] = phone,
        ["officeHours"] = "工作日 上午9:00-12:00，下午13:30-17:00",
        ["disclosureOfficeContact"] = "山东省人社厅政务公开办公室，电话 0531-00000002",
    };

    [Fact]
    public async Task The_profile_form_has_the_fields_the_browser_test_relies_on()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var html = await client.GetStringAsync(Page);
        foreach (var id in new[] { "fullName", "shortName", "creditCode", "address", "phone", "officeHours", "disclosureOfficeContact" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"<label for=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains(">保存</button>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"山东省人力资源和社会保障厅\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_profile_shows_the_new_phone_on_the_public_page_and_logs_it()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var response = await client.PostFormAsync(Page, Page, Profile("0531-87654321"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var saved = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("<p class=\"alert alert-success\" role=\"status\">已保存。</p>", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"0531-87654321\"", saved, StringComparison.Ordinal);

        var publicPage = await factory.Anonymous().GetStringAsync("/shandong/");
        Assert.Contains("0531-87654321", publicPage, StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agency = await db.Agencies.SingleAsync(a => a.Code == "shandong");
        Assert.Equal("0531-87654321", agency.Phone);
        var entries = await db.AuditEntries
            .Where(e => e.EntityType == "Agency" && e.EntityId == agency.Id.ToString() && e.Operation == "修改")
            .ToListAsync();
        var entry = Assert.Single(entries, e => e.Changes.Contains("0531-87654321", StringComparison.Ordinal));
        using var changes = JsonDocument.Parse(entry.Changes);
        var phone = changes.RootElement.GetProperty("Phone");
        Assert.Equal("0531-00000001", phone.GetProperty("before").GetString());
        Assert.Equal("0531-87654321", phone.GetProperty("after").GetString());
        Assert.Equal("POST /admin/shandong/manage/profile", entry.Action);
        Assert.Equal("山东省人社厅机关管理员", entry.ActorName);
        Assert.Equal(agency.Id, entry.AgencyId);
    }

    [Fact]
    public async Task An_invalid_credit_code_is_refused_in_Chinese_and_the_typed_values_are_kept()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var fields = Profile("0531-11112222", creditCode: "11370000MB1234567X");
        fields["address"] = "刚刚输入的新地址";
        var response = await client.PostFormAsync(Page, Page, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("统一社会信用代码格式不正确", html, StringComparison.Ordinal);
        Assert.Contains("value=\"11370000MB1234567X\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"刚刚输入的新地址\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0531-11112222\"", html, StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var agency = await factory.Db(scope).Agencies.SingleAsync(a => a.Code == "shandong");
        Assert.NotEqual("刚刚输入的新地址", agency.Address);
        Assert.NotEqual("0531-11112222", agency.Phone);
    }

    [Fact]
    public async Task An_empty_full_name_is_refused_without_a_server_error()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var fields = Profile("0531-00000001");
        fields["fullName"] = "";
        var response = await client.PostFormAsync(Page, Page, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写机关全称。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var response = await client.PostWithoutTokenAsync(Page, Profile("0531-99999999"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        await using var scope = factory.Scope();
        var agency = await factory.Db(scope).Agencies.SingleAsync(a => a.Code == "shandong");
        Assert.NotEqual("0531-99999999", agency.Phone);
    }
}
