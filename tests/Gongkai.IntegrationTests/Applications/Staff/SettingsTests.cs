using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>申请办理设置: the agency administrator's periods and names for applications.</summary>
public sealed class SettingsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/zhenjiang/manage/applications";

    private static Dictionary<string, string> Fields(string paymentDays = "15") => new()
    {
        ["paymentWorkingDays"] = paymentDays,
        ["supplementWorkingDays"] = "10",
        ["reviewBody"] = "镇江市人民政府",
        ["court"] = "镇江市京口区人民法院",
        ["letterPrefix"] = "镇人社公开",
    };

    [Fact]
    public async Task The_defaults_show_until_the_administrator_saves_and_the_change_persists()
    {
        var admin = await factory.SignInAsync("zhenjiang-agencyadmin");
        var before = await admin.GetStringAsync(Page);
        Assert.Contains($"value=\"{ApplicationSettings.DefaultPaymentWorkingDays}\"", before, StringComparison.Ordinal);
        Assert.Contains("value=\"镇江市人社局依申请公开\"", before, StringComparison.Ordinal);

        var response = await admin.PostFormAsync(Page, Page, Fields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var agencyId = await db.Agencies.Where(a => a.Code == "zhenjiang").Select(a => a.Id).SingleAsync();
            var saved = await db.Set<ApplicationSettings>().AsNoTracking().SingleAsync(s => s.AgencyId == agencyId);
            Assert.Equal(15, saved.PaymentWorkingDays);
            Assert.Equal(10, saved.SupplementWorkingDays);
            Assert.Equal("镇江市人民政府", saved.ReviewBody);
            Assert.Equal("镇江市京口区人民法院", saved.Court);
            Assert.Equal("镇人社公开", saved.LetterPrefix);
        }

        var after = await admin.GetStringAsync($"{Page}?done=saved");
        Assert.Contains("申请办理设置已保存", after, StringComparison.Ordinal);
        Assert.Contains("value=\"镇人社公开\"", after, StringComparison.Ordinal);

        // A second save changes the same row.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page, Fields("20"))).StatusCode);
        Assert.Contains("value=\"20\"", await admin.GetStringAsync(Page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "缴费期限和补正期限应为1至60个工作日")]
    [InlineData("二十", "缴费期限应为1至60之间的整数")]
    public async Task Out_of_range_or_non_numeric_periods_are_refused_in_chinese(string paymentDays, string message)
    {
        var admin = await factory.SignInAsync("zhenjiang-agencyadmin");

        var response = await admin.PostFormAsync(Page, Page, Fields(paymentDays));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{paymentDays}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"镇人社公开\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_letter_prefix_is_refused()
    {
        var admin = await factory.SignInAsync("zhenjiang-agencyadmin");
        var fields = Fields();
        fields["letterPrefix"] = " ";

        var response = await admin.PostFormAsync(Page, Page, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写文书编号前缀", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zhenjiang-disclosureofficer")]
    [InlineData("zhenjiang-leader")]
    [InlineData("shandong-agencyadmin")]
    public async Task Only_the_agencys_administrator_may_open_or_change_the_settings(string userName)
    {
        var client = await factory.SignInAsync(userName);

        Assert.True(CaseSteps.IsRefused(await client.GetAsync(Page)));
        Assert.True(CaseSteps.IsRefused(await client.PostFormAsync($"/admin/{userName.Split('-')[0]}", Page, Fields())));
    }
}
