using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Participation.Consultations;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class SettingsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private readonly ConsultationSteps steps = new(factory);

    [Fact]
    public async Task Without_moderation_a_comment_shows_at_once_the_page_says_so_and_a_shorter_minimum_allows_a_shorter_period()
    {
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var saved = await admin.PostFormAsync("/admin/shandong/manage/consultations", "/admin/shandong/manage/consultations",
            new() { ["minimumDays"] = "7", ["moderateComments"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var officer = await factory.SignInAsync("shandong-disclosureofficer");

        var id = await steps.CreateAsync(officer, "短期征求意见稿", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(6));
        await steps.ActAsync(officer, id, "open", []);
        Assert.Contains("意见经审核后公开显示", await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/shandong/manage/consultations", "/admin/shandong/manage/consultations",
            new() { ["minimumDays"] = "7" })).StatusCode);

        var before = await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id));
        var citizen = factory.Anonymous();
        var posted = await citizen.PostFormAsync(ConsultationSteps.PublicPage(id), ConsultationSteps.PublicPage(id),
            new() { ["Article"] = "", ["Text"] = "无需审核即公开的意见。", ["Name"] = "", ["Contact"] = "", ["website"] = "" });
        var receipt = await citizen.GetStringAsync(posted.Headers.Location!.OriginalString);

        Assert.Contains("意见提交后即在本页公开显示", before, StringComparison.Ordinal);
        Assert.DoesNotContain("意见经审核后公开显示", before, StringComparison.Ordinal);
        Assert.Contains("意见已收到，谢谢！已在本页公开显示", receipt, StringComparison.Ordinal);
        Assert.Equal(CommentStatus.Approved, Assert.Single(await steps.CommentsAsync(id)).Status);
        Assert.Contains("无需审核即公开的意见。", await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minimum_outside_one_to_365_days_is_refused_and_only_the_agency_admin_sets_it()
    {
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var response = await admin.PostFormAsync("/admin/shandong/manage/consultations", "/admin/shandong/manage/consultations",
            new() { ["minimumDays"] = "0", ["moderateComments"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("最短征求意见期限应为1至365日。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        Assert.NotEqual(HttpStatusCode.OK, (await officer.GetAsync("/admin/shandong/manage/consultations")).StatusCode);
    }
}
