using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class PeriodTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private readonly ConsultationSteps steps = new(factory);

    [Fact]
    public async Task A_comment_after_the_closing_date_is_refused_with_the_date()
    {
        var (_, id) = await steps.OpenAsync("关于工伤认定程序的规定（征求意见稿）");
        await steps.CloseAsync(id);

        var response = await steps.CommentAsync(id, "截止后才提交的意见。");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var closedOn = ConsultationSteps.Today.AddDays(-1);
        Assert.Contains($"征求意见已于{closedOn.Year}年{closedOn.Month}月{closedOn.Day}日截止，不再接收意见。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await steps.CommentsAsync(id));
    }

    [Fact]
    public async Task A_comment_before_the_opening_date_is_refused()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var id = await steps.CreateAsync(officer, "关于人才引进的办法（征求意见稿）", ConsultationSteps.Today.AddDays(5), ConsultationSteps.Today.AddDays(40));
        await steps.ActAsync(officer, id, "open", []);

        var response = await steps.CommentAsync(id, "提前提交的意见。");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("届时再提交意见", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await steps.CommentsAsync(id));
    }

    [Fact]
    public async Task A_closing_date_before_the_opening_date_is_refused_in_chinese()
    {
        var officer = await factory.SignInAsync("shandong-drafter");

        var response = await officer.PostFormAsync("/admin/shandong/consultations/new", "/admin/shandong/consultations/new",
            ConsultationSteps.Draft("日期颠倒的征求意见稿", ConsultationSteps.Today.AddDays(10), ConsultationSteps.Today));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("截止日期不能早于开始日期。", html, StringComparison.Ordinal);
        Assert.Contains("日期颠倒的征求意见稿", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_shorter_than_the_agency_minimum_is_refused_in_chinese()
    {
        var officer = await factory.SignInAsync("shandong-drafter");

        var response = await officer.PostFormAsync("/admin/shandong/consultations/new", "/admin/shandong/consultations/new",
            ConsultationSteps.Draft("期限过短的征求意见稿", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(28)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("征求意见期限为29日，少于本机关规定的最短期限30日。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_not_public_until_it_is_opened()
    {
        var drafter = await factory.SignInAsync("shandong-drafter");
        var id = await steps.CreateAsync(drafter, "尚未发布的征求意见稿", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(29));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(ConsultationSteps.PublicPage(id))).StatusCode);
        Assert.DoesNotContain("尚未发布的征求意见稿", await factory.Anonymous().GetStringAsync("/shandong/consultations"), StringComparison.Ordinal);
        var comment = await factory.Anonymous().PostFormAsync("/shandong/consultations", ConsultationSteps.PublicPage(id), new() { ["Text"] = "草稿上的意见" });
        Assert.Equal(HttpStatusCode.NotFound, comment.StatusCode);
    }
}
