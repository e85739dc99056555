using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Staff;

/// <summary>The manage pages belong to the agency's administrators, and each agency's staff only to that agency.</summary>
public sealed class ManageAccessTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private async Task<Gongkai.Web.Platform.Auth.StaffUser> UserAsync(string userName)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
    }

    [Fact]
    public async Task A_beijing_administrator_cannot_touch_a_shandong_member_through_the_beijing_pages()
    {
        var target = await UserAsync("shandong-drafter");
        var client = await factory.SignInAsync("beijing-agencyadmin");
        var page = $"/admin/beijing/manage/staff/{target.Id}";
        const string Token = "/admin/beijing/manage/staff";

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        var edit = await client.PostFormAsync(Token, page, new() { ["displayName"] = "被篡改", ["departmentId"] = "", ["roles"] = "AgencyAdmin" });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var reset = await client.PostFormAsync(Token, $"{page}/password", new() { ["password"] = "hijacked2026x", ["confirmPassword"] = "hijacked2026x" });
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
        var disable = await client.PostFormAsync(Token, $"{page}/status", new() { ["disable"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        var unlock = await client.PostFormAsync(Token, $"{page}/unlock", []);
        Assert.Equal(HttpStatusCode.NotFound, unlock.StatusCode);

        var after = await UserAsync("shandong-drafter");
        Assert.Equal(target.DisplayName, after.DisplayName);
        Assert.Equal(target.PasswordHash, after.PasswordHash);
        Assert.False(after.Disabled);
        await using var scope = factory.Scope();
        Assert.Equal(["Drafter"], await factory.Db(scope).RoleGrants.Where(g => g.UserId == target.Id).Select(g => g.Role).ToListAsync());
        await factory.SignInAsync("shandong-drafter");
    }

    [Fact]
    public async Task A_beijing_administrator_is_refused_on_the_shandong_manage_pages()
    {
        var target = await UserAsync("shandong-drafter");
        var client = await factory.SignInAsync("beijing-agencyadmin");
        foreach (var url in new[] { "/admin/shandong/manage/staff", $"/admin/shandong/manage/staff/{target.Id}", "/admin/shandong/manage/profile", "/admin/shandong/manage/audit" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var post = await client.PostFormAsync("/admin/beijing/manage/staff", $"/admin/shandong/manage/staff/{target.Id}/password", new() { ["password"] = "hijacked2026x", ["confirmPassword"] = "hijacked2026x" });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(target.PasswordHash, (await UserAsync("shandong-drafter")).PasswordHash);
    }

    [Theory]
    [InlineData("/admin/shandong/manage/profile")]
    [InlineData("/admin/shandong/manage/departments")]
    [InlineData("/admin/shandong/manage/staff")]
    [InlineData("/admin/shandong/manage/staff/new")]
    [InlineData("/admin/shandong/manage/audit")]
    [InlineData("/admin/shandong/manage/audit/export")]
    public async Task A_drafter_is_refused_on_the_manage_pages(string url)
    {
        var client = await factory.SignInAsync("shandong-drafter");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drafter_cannot_create_staff_by_posting_directly()
    {
        var client = await factory.SignInAsync("shandong-drafter");
        var response = await client.PostFormAsync("/admin/account/password", "/admin/shandong/manage/staff/new", new()
        {
            ["userName"] = "drafter-made",
            ["displayName"] = "越权创建",
            ["password"] = "chushi2026mima",
            ["confirmPassword"] = "chushi2026mima",
            ["roles"] = "AgencyAdmin",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Users.AnyAsync(u => u.UserName == "drafter-made"));
    }

    [Fact]
    public async Task A_platform_administrator_manages_any_agencys_staff()
    {
        var client = await factory.SignInAsync("admin");
        var html = await client.GetStringAsync("/admin/beijing/manage/staff");
        Assert.Contains("beijing-drafter", html, StringComparison.Ordinal);
        Assert.Contains("平台管理员", await client.GetStringAsync("/admin/beijing/manage/staff/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_member_or_agency_is_not_found()
    {
        var client = await factory.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/beijing/manage/staff/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/no-such-agency/manage/staff")).StatusCode);
    }
}
