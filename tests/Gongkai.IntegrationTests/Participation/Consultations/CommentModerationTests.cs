using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Participation.Consultations;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class CommentModerationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private readonly ConsultationSteps steps = new(factory);

    [Fact]
    public async Task A_comment_is_pending_and_hidden_until_approved_then_shown_with_a_masked_name_and_no_contact()
    {
        var (officer, id) = await steps.OpenAsync("关于失业保险金申领办法（征求意见稿）");

        var posted = await steps.CommentAsync(id, "建议第二条写明适用于灵活就业人员。", "欧阳明华", "13812345678", "第二条");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var comment = Assert.Single(await steps.CommentsAsync(id));
        Assert.Equal(CommentStatus.Pending, comment.Status);
        Assert.Equal("第二条", comment.Article);
        var before = await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id));
        Assert.DoesNotContain("灵活就业人员", before, StringComparison.Ordinal);

        await steps.ActAsync(officer, id, "approve", new() { ["commentId"] = comment.Id.ToString() });

        var after = await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id));
        Assert.Contains("建议第二条写明适用于灵活就业人员。", after, StringComparison.Ordinal);
        Assert.Contains("欧***", after, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳明华", after, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_comment_keeps_its_reason_and_never_appears_publicly()
    {
        var (officer, id) = await steps.OpenAsync("关于技能提升补贴的通知（征求意见稿）");
        await steps.CommentAsync(id, "这里是一条广告内容，请访问某某网站。");
        var comment = Assert.Single(await steps.CommentsAsync(id));

        var withoutReason = await steps.ActAsync(officer, id, "refuse", new() { ["commentId"] = comment.Id.ToString(), ["reason"] = "" }, expectSuccess: false);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("请填写不予公开的理由。", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await steps.ActAsync(officer, id, "refuse", new() { ["commentId"] = comment.Id.ToString(), ["reason"] = "与征求意见稿无关的广告。" });

        var stored = Assert.Single(await steps.CommentsAsync(id));
        Assert.Equal(CommentStatus.Refused, stored.Status);
        Assert.Equal("与征求意见稿无关的广告。", stored.RefusalReason);
        var page = await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id));
        Assert.DoesNotContain("某某网站", page, StringComparison.Ordinal);
        Assert.Contains("公众意见（0条）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_honeypot_is_thanked_and_nothing_is_kept()
    {
        var (_, id) = await steps.OpenAsync("关于就业见习管理的通知（征求意见稿）");

        var response = await factory.Anonymous().PostFormAsync(ConsultationSteps.PublicPage(id), ConsultationSteps.PublicPage(id), new()
        {
            ["Text"] = "机器人填写的意见。",
            ["website"] = "http://spam.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await steps.CommentsAsync(id));
    }

    [Theory]
    [InlineData("", "请填写意见内容。")]
    [InlineData("2001", "意见内容不能超过2000字")]
    public async Task A_comment_that_is_empty_or_too_long_is_refused_in_chinese_and_keeps_what_was_typed(string text, string message)
    {
        var (_, id) = await steps.OpenAsync($"关于职业培训的通知（征求意见稿）{message}");
        var typed = text == "2001" ? new string('意', 2001) : text;

        var response = await steps.CommentAsync(id, typed, name: "李四");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("value=\"李四\"", html, StringComparison.Ordinal);
        Assert.Empty(await steps.CommentsAsync(id));
    }
}
