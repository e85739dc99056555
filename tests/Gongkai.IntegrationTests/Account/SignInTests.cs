using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Account;

public sealed class SignInTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task A_wrong_password_is_refused_with_a_Chinese_message()
    {
        var client = factory.Anonymous();
        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["userName"] = "zhenjiang-drafter", ["password"] = "wrong-password-1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        var client = factory.Anonymous();
        for (var i = 0; i < AuthModule.MaxFailedSignIns; i++)
        {
            await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["userName"] = "zhenjiang-leader", ["password"] = $"wrong-{i}-password" });
        }

        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["userName"] = "zhenjiang-leader", ["password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账号已被锁定", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_leads_to_the_own_workbench_and_sign_out_ends_the_session()
    {
        var client = await factory.SignInAsync("hunjiang-handler");
        var admin = await client.GetAsync("/admin");
        Assert.Equal("/admin/hunjiang", admin.Headers.Location?.OriginalString);
        var workbench = await client.GetStringAsync("/admin/hunjiang");
        Assert.Contains("浑江区人社局承办人", workbench, StringComparison.Ordinal);

        var signOut = await client.PostFormAsync("/account/sign-out", "/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.GetAsync("/admin/hunjiang");
        Assert.Contains("/account/sign-in", after.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_requires_the_old_one_and_the_rules()
    {
        var client = await factory.SignInAsync("shanghai-handler");
        var wrongOld = await client.PostFormAsync("/admin/account/password", "/admin/account/password", new() { ["current"] = "not-it-123456", ["next"] = "newpassword2027", ["confirm"] = "newpassword2027" });
        Assert.Contains("原密码不正确", await wrongOld.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var weak = await client.PostFormAsync("/admin/account/password", "/admin/account/password", new() { ["current"] = DemoData.Password, ["next"] = "short1", ["confirm"] = "short1" });
        Assert.Contains("密码至少需要10位", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await client.PostFormAsync("/admin/account/password", "/admin/account/password", new() { ["current"] = DemoData.Password, ["next"] = "newpassword2027", ["confirm"] = "newpassword2027" });
        Assert.Contains("密码已修改", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var again = await factory.SignInAsync("shanghai-handler", "newpassword2027");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin/shanghai")).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var client = await factory.SignInAsync("beijing-drafter");
        var response = await client.PostWithoutTokenAsync("/admin/account/password", new() { ["current"] = DemoData.Password, ["next"] = "forgedpassword1", ["confirm"] = "forgedpassword1" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var entries = await db.AuditEntries.Where(e => e.EntityType == nameof(StaffUser) && e.ActorName == "北京市人社局起草人").CountAsync();
        Assert.Equal(0, entries);
    }

    [Fact]
    public async Task Password_change_is_audited_without_revealing_the_hash()
    {
        var client = await factory.SignInAsync("beijing-leader");
        await client.PostFormAsync("/admin/account/password", "/admin/account/password", new() { ["current"] = DemoData.Password, ["next"] = "leaderpassword9", ["confirm"] = "leaderpassword9" });

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var entry = await db.AuditEntries.Where(e => e.EntityType == nameof(StaffUser) && e.ActorName == "北京市人社局分管领导").SingleAsync();
        Assert.Equal("POST /admin/account/password", entry.Action);
        Assert.Contains("\"PasswordHash\"", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("（已隐藏）", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_to_a_read_only_page_is_refused_as_a_method_not_allowed()
    {
        var client = await factory.SignInAsync("zhenjiang-agencyadmin");
        var response = await client.PostFormAsync("/admin/zhenjiang", "/admin/zhenjiang", new() { ["x"] = "1" });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
