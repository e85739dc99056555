using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Agencies;

public sealed class PlatformAgencyTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string List = "/admin/platform/agencies";

    private static Dictionary<string, string> NewAgency(string code, string fullName, string level, Guid? parent) => new()
    {
        ["code"] = code,
        ["fullName"] = fullName,
        ["shortName"] = fullName.Replace("人力资源和社会保障局", "人社局", StringComparison.Ordinal),
        ["level"] = level,
        ["parentId"] = parent?.ToString() ?? "",
        ["sortOrder"] = "",
    };

    private async Task<Guid> IdOfAsync(string code)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    [Fact]
    public async Task A_platform_administrator_creates_an_agency_under_another_and_sees_it_indented()
    {
        var client = await factory.SignInAsync("admin");
        var shandong = await IdOfAsync("shandong");
        var response = await client.PostFormAsync(List, List, NewAgency("jinan", "济南市人力资源和社会保障局", "City", shandong));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var html = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("已创建机关“济南市人力资源和社会保障局”", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-depth=\"1\">", html, StringComparison.Ordinal);
        var parentRow = html.IndexOf("山东省人力资源和社会保障厅</th>", StringComparison.Ordinal);
        var childRow = html.IndexOf("济南市人力资源和社会保障局</th>", StringComparison.Ordinal);
        Assert.True(parentRow >= 0 && childRow > parentRow, "the new agency is listed below its parent");

        await using var scope = factory.Scope();
        var jinan = await factory.Db(scope).Agencies.SingleAsync(a => a.Code == "jinan");
        Assert.Equal(shandong, jinan.ParentId);
        Assert.Equal(Gongkai.Web.Features.Agencies.AgencyLevel.City, jinan.Level);

        var publicPage = await factory.Anonymous().GetStringAsync("/jinan/");
        Assert.Contains("济南市人力资源和社会保障局", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_or_reserved_code_is_refused_in_Chinese()
    {
        var client = await factory.SignInAsync("admin");
        var taken = await client.PostFormAsync(List, List, NewAgency("beijing", "另一个北京市人力资源和社会保障局", "Province", null));
        Assert.Contains("机关代码“beijing”已被使用，请换一个。", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reserved = await client.PostFormAsync(List, List, NewAgency("admin", "保留字人力资源和社会保障局", "City", null));
        var html = await reserved.Content.ReadAsStringAsync();
        Assert.Contains("是系统保留字", html, StringComparison.Ordinal);
        Assert.Contains("value=\"保留字人力资源和社会保障局\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_is_moved_in_the_tree_and_a_cycle_is_refused()
    {
        var client = await factory.SignInAsync("admin");
        var created = await client.PostFormAsync(List, List, NewAgency("qingdao", "青岛市人力资源和社会保障局", "City", null));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var qingdao = await IdOfAsync("qingdao");
        var shandong = await IdOfAsync("shandong");
        var hunjiang = await IdOfAsync("hunjiang");

        // 青岛 moves under 山东, then 浑江 under 青岛: 山东 → 青岛 → 浑江.
        var edit = $"{List}/{qingdao}";
        var moved = await client.PostFormAsync(edit, edit, Form("青岛市人力资源和社会保障局", "City", shandong, "5"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains("已保存。", await client.GetStringAsync(moved.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var hunjiangEdit = $"{List}/{hunjiang}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(hunjiangEdit, hunjiangEdit, Form("白山市浑江区人力资源和社会保障局", "District", qingdao, "0"))).StatusCode);

        // 山东 under 浑江 would close the loop.
        var shandongEdit = $"{List}/{shandong}";
        var cycle = await client.PostFormAsync(shandongEdit, shandongEdit, Form("山东省人力资源和社会保障厅", "Province", hunjiang, "0"));
        Assert.Equal(HttpStatusCode.OK, cycle.StatusCode);
        var html = await cycle.Content.ReadAsStringAsync();
        Assert.Contains("不能把机关移到它自己的下级机关之下，否则会形成循环。", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);

        var self = await client.PostFormAsync(shandongEdit, shandongEdit, Form("山东省人力资源和社会保障厅", "Province", shandong, "0"));
        Assert.Contains("机关不能作为自己的上级机关。", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Null((await db.Agencies.SingleAsync(a => a.Id == shandong)).ParentId);
        var q = await db.Agencies.SingleAsync(a => a.Id == qingdao);
        Assert.Equal(shandong, q.ParentId);
        Assert.Equal(5, q.SortOrder);
        Assert.Equal(qingdao, (await db.Agencies.SingleAsync(a => a.Id == hunjiang)).ParentId);
    }

    [Fact]
    public async Task The_edit_page_does_not_offer_the_agency_or_its_subordinates_as_parent()
    {
        var client = await factory.SignInAsync("admin");
        await client.PostFormAsync(List, List, NewAgency("yantai", "烟台市人力资源和社会保障局", "City", null));
        var yantai = await IdOfAsync("yantai");
        await client.PostFormAsync(List, List, NewAgency("zhifu", "烟台市芝罘区人力资源和社会保障局", "District", yantai));
        var zhifu = await IdOfAsync("zhifu");

        var html = await client.GetStringAsync($"{List}/{yantai}");
        Assert.DoesNotContain($"<option value=\"{zhifu}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{yantai}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{await IdOfAsync("beijing")}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shandong-agencyadmin")]
    [InlineData("beijing-drafter")]
    public async Task Staff_who_are_not_platform_administrators_are_refused(string userName)
    {
        var client = await factory.SignInAsync(userName);
        var page = await client.GetAsync(List);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var beijing = await IdOfAsync("beijing");
        var post = await client.PostFormAsync("/admin/account/password", $"{List}/{beijing}", Form("被篡改的机关", "City", null, "0"));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        await using var scope = factory.Scope();
        Assert.Equal("北京市人力资源和社会保障局", (await factory.Db(scope).Agencies.SingleAsync(a => a.Id == beijing)).FullName);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await factory.Anonymous().GetAsync(List);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string fullName, string level, Guid? parent, string sortOrder) => new()
    {
        ["fullName"] = fullName,
        ["shortName"] = fullName[..Math.Min(fullName.Length, 10)],
        ["level"] = level,
        ["parentId"] = parent?.ToString() ?? "",
        ["sortOrder"] = sortOrder,
    };
}
