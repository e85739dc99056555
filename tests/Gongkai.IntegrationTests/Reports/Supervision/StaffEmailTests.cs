using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Reports.Supervision;

/// <summary>The digest is mailed to the address on the staff form: the agency administrator sets it.</summary>
public sealed class StaffEmailTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_administrator_sets_a_members_email_and_a_malformed_one_is_refused_in_Chinese()
    {
        var id = await SupervisionSteps.UserIdAsync(factory, "shandong-leader");
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var page = $"/admin/shandong/manage/staff/{id}";
        Dictionary<string, string> Form(string email) => new() { ["displayName"] = "分管领导", ["email"] = email, ["departmentId"] = "", ["roles"] = "Leader" };

        var bad = await admin.PostFormAsync(page, page, Form("not-an-address"));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("电子邮箱格式不正确", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", html, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(page, page, Form(" leader@example.gov.cn "));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Scope();
        var user = await factory.Db(scope).Users.AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.Equal("leader@example.gov.cn", user.Email);
        Assert.Contains("value=\"leader@example.gov.cn\"", await admin.GetStringAsync(page), StringComparison.Ordinal);
    }
}
