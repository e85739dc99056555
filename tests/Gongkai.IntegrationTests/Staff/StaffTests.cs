using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Staff;

public sealed class StaffTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string List = "/admin/shandong/manage/staff";
    private const string New = "/admin/shandong/manage/staff/new";
    private const string InitialPassword = "chushi2026mima";

    private static Dictionary<string, string> NewMember(string userName, string displayName) => new()
    {
        ["userName"] = userName,
        ["displayName"] = displayName,
        ["departmentId"] = "",
        ["password"] = InitialPassword,
        ["confirmPassword"] = InitialPassword,
    };

    // Checkbox lists post one field per ticked box: the test client takes a dictionary, so post those by hand.
    private static async Task<HttpResponseMessage> PostWithRolesAsync(StaffClient client, string pageUrl, string postUrl, Dictionary<string, string> fields, params string[] roles)
    {
        var page = await client.Http.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();
        pairs.AddRange(roles.Select(r => new KeyValuePair<string, string>("roles", r)));
        pairs.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        return await client.Http.PostAsync(new Uri(postUrl, UriKind.Relative), new FormUrlEncodedContent(pairs));
    }

    private async Task<Gongkai.Web.Platform.Auth.StaffUser> UserAsync(string userName)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
    }

    private async Task<string[]> RolesAsync(Guid userId)
    {
        await using var scope = factory.Scope();
        var roles = await factory.Db(scope).RoleGrants.Where(g => g.UserId == userId).Select(g => g.Role).ToListAsync();
        return [.. roles.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task The_list_shows_the_agencys_staff_with_their_roles_in_Chinese()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var html = await client.GetStringAsync(List);
        Assert.Contains("<table class=\"data\">", html, StringComparison.Ordinal);
        Assert.Contains("shandong-drafter", html, StringComparison.Ordinal);
        Assert.Contains("起草人", html, StringComparison.Ordinal);
        Assert.DoesNotContain("beijing-drafter", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_created_with_roles_can_sign_in_with_the_initial_password()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var office = await DepartmentAsync("shandong", "办公室");
        var fields = NewMember("zhang.wei", "张伟");
        fields["departmentId"] = office.ToString();
        var response = await PostWithRolesAsync(client, New, New, fields, StaffRole.Drafter, StaffRole.Handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("账号已创建。", created, StringComparison.Ordinal);
        Assert.Contains("<dd>zhang.wei</dd>", created, StringComparison.Ordinal);

        var user = await UserAsync("zhang.wei");
        Assert.Equal("张伟", user.DisplayName);
        Assert.Equal(office, user.DepartmentId);
        Assert.Equal(new[] { StaffRole.Drafter, StaffRole.Handler }.Order(StringComparer.Ordinal), await RolesAsync(user.Id));

        var member = await factory.SignInAsync("zhang.wei", InitialPassword);
        var dashboard = await member.GetStringAsync("/admin/shandong");
        Assert.Contains("起草人", dashboard, StringComparison.Ordinal);
        Assert.Contains("承办人", dashboard, StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var audit = await factory.Db(scope).AuditEntries.Where(e => e.EntityId == user.Id.ToString()).SingleAsync();
        Assert.Equal("新增", audit.Operation);
        Assert.Contains("（已隐藏）", audit.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(InitialPassword, audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_user_name_is_refused_in_Chinese_and_the_form_is_kept()
    {
        var client = await factory.SignInAsync("shandong-agencyadmin");
        var weak = NewMember("li.na", "李娜");
        weak["password"] = weak["confirmPassword"] = "short1";
        var response = await PostWithRolesAsync(client, New, New, weak, StaffRole.Drafter);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("密码至少需要10位。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"li.na\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"李娜\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{StaffRole.Drafter}\" checked=\"checked\"", html, StringComparison.Ordinal);

        var taken = await PostWithRolesAsync(client, New, New, NewMember("shandong-leader", "重名"), StaffRole.Drafter);
        Assert.Contains("用户名“shandong-leader”已被使用。", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noRole = await PostWithRolesAsync(client, New, New, NewMember("wang.fang", "王芳"));
        Assert.Contains("请至少选择一个角色。", await noRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Users.AnyAsync(u => u.UserName == "li.na" || u.UserName == "wang.fang"));
    }

    [Fact]
    public async Task Only_a_platform_administrator_may_grant_the_platform_administrator_role()
    {
        var agencyAdmin = await factory.SignInAsync("shandong-agencyadmin");
        Assert.DoesNotContain($"value=\"{StaffRole.PlatformAdmin}\"", await agencyAdmin.GetStringAsync(New), StringComparison.Ordinal);
        var refused = await PostWithRolesAsync(agencyAdmin, New, New, NewMember("sneaky", "越权者"), StaffRole.PlatformAdmin);
        Assert.Contains("只有平台管理员可以授予平台管理员角色。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var platformAdmin = await factory.SignInAsync("admin");
        Assert.Contains($"value=\"{StaffRole.PlatformAdmin}\"", await platformAdmin.GetStringAsync(New), StringComparison.Ordinal);
        var granted = await PostWithRolesAsync(platformAdmin, New, New, NewMember("second.admin", "第二平台管理员"), StaffRole.PlatformAdmin);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal([StaffRole.PlatformAdmin], await RolesAsync((await UserAsync("second.admin")).Id));

        // …and an agency administrator cannot take over that account by resetting its password.
        var id = (await UserAsync("second.admin")).Id;
        var reset = $"{List}/{id}/password";
        var response = await agencyAdmin.PostFormAsync(List, reset, new() { ["password"] = "takeover2026x", ["confirmPassword"] = "takeover2026x" });
        Assert.Contains("平台管理员的账号只能由平台管理员管理。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("second.admin", "takeover2026x"));
    }

    [Fact]
    public async Task Name_department_and_roles_are_edited()
    {
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        Assert.Equal(HttpStatusCode.Redirect, (await PostWithRolesAsync(admin, New, New, NewMember("zhao.lei", "赵磊"), StaffRole.Drafter)).StatusCode);
        var user = await UserAsync("zhao.lei");
        var page = $"{List}/{user.Id}";
        var policy = await DepartmentAsync("shandong", "政策法规处");

        var response = await PostWithRolesAsync(admin, page, page, new() { ["displayName"] = "赵磊（借调）", ["departmentId"] = policy.ToString() }, StaffRole.OfficeReviewer, StaffRole.Leader);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await admin.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("已保存。", html, StringComparison.Ordinal);

        var edited = await UserAsync("zhao.lei");
        Assert.Equal("赵磊（借调）", edited.DisplayName);
        Assert.Equal(policy, edited.DepartmentId);
        Assert.NotEqual(user.SecurityStamp, edited.SecurityStamp);
        Assert.Equal(new[] { StaffRole.OfficeReviewer, StaffRole.Leader }.Order(StringComparer.Ordinal), await RolesAsync(user.Id));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role_or_disable_themselves()
    {
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var self = await UserAsync("shandong-agencyadmin");
        var page = $"{List}/{self.Id}";
        var response = await PostWithRolesAsync(admin, page, page, new() { ["displayName"] = self.DisplayName, ["departmentId"] = "" }, StaffRole.Drafter);
        Assert.Contains("不能取消自己的机关管理员角色", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var status = $"{page}/status";
        var disable = await admin.PostFormAsync(status, status, new() { ["disable"] = "true" });
        Assert.Contains("不能停用自己的账号。", await disable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([StaffRole.AgencyAdmin], await RolesAsync(self.Id));
        Assert.False((await UserAsync("shandong-agencyadmin")).Disabled);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var user = await UserAsync("shandong-confidentialityreviewer");
        var reset = $"{List}/{user.Id}/password";

        var mismatch = await admin.PostFormAsync(reset, reset, new() { ["password"] = "xinmima2026ab", ["confirmPassword"] = "xinmima2026ac" });
        Assert.Contains("两次输入的新密码不一致。", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await admin.PostFormAsync(reset, reset, new() { ["password"] = "xinmima2026ab", ["confirmPassword"] = "xinmima2026ab" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("密码已重置。", await admin.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);

        await factory.SignInAsync("shandong-confidentialityreviewer", "xinmima2026ab");
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("shandong-confidentialityreviewer"));
    }

    [Fact]
    public async Task A_disabled_member_cannot_sign_in_until_enabled_again()
    {
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var user = await UserAsync("shandong-leader");
        var status = $"{List}/{user.Id}/status";

        var confirm = await admin.GetStringAsync(status);
        Assert.Contains("确定要停用该账号吗？", confirm, StringComparison.Ordinal);
        Assert.False((await UserAsync("shandong-leader")).Disabled, "the confirmation page changes nothing");

        var disabled = await admin.PostFormAsync(status, status, new() { ["disable"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.True((await UserAsync("shandong-leader")).Disabled);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("shandong-leader"));
        Assert.Contains("已停用", await admin.GetStringAsync(List), StringComparison.Ordinal);
        Assert.NotEqual(user.SecurityStamp, (await UserAsync("shandong-leader")).SecurityStamp);

        var enabled = await admin.PostFormAsync(status, status, new() { ["disable"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        await factory.SignInAsync("shandong-leader");
    }

    [Fact]
    public async Task A_locked_out_member_is_unlocked_by_the_administrator()
    {
        for (var i = 0; i < AuthModule.MaxFailedSignIns; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("shandong-disclosureofficer", "wrong-password-1"));
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("shandong-disclosureofficer"));
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var user = await UserAsync("shandong-disclosureofficer");
        Assert.Contains("已锁定", await admin.GetStringAsync($"{List}/{user.Id}"), StringComparison.Ordinal);

        var unlock = $"{List}/{user.Id}/unlock";
        var response = await admin.PostFormAsync(unlock, unlock, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.SignInAsync("shandong-disclosureofficer");

        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(e => e.EntityId == user.Id.ToString() && e.Action == $"POST {unlock}"));
    }

    [Fact]
    public async Task The_list_is_paginated()
    {
        var admin = await factory.SignInAsync("admin");
        for (var i = 0; i < 21; i++)
        {
            var name = $"zhenjiang-temp{i:00}";
            var response = await PostWithRolesAsync(admin, "/admin/zhenjiang/manage/staff/new", "/admin/zhenjiang/manage/staff/new", NewMember(name, $"临时人员{i:00}"), StaffRole.Handler);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var first = await admin.GetStringAsync("/admin/zhenjiang/manage/staff");
        Assert.Contains("class=\"pagination\"", first, StringComparison.Ordinal);
        Assert.Contains("共28名", first, StringComparison.Ordinal);
        var second = await admin.GetStringAsync("/admin/zhenjiang/manage/staff?page=2");
        Assert.Contains("<strong aria-current=\"page\">2</strong>", second, StringComparison.Ordinal);
        Assert.Contains("zhenjiang-temp", second, StringComparison.Ordinal);
    }

    private async Task<Guid> DepartmentAsync(string agencyCode, string name)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        return await db.Departments.Where(d => d.AgencyId == agency.Id && d.Name == name).Select(d => d.Id).SingleAsync();
    }
}
