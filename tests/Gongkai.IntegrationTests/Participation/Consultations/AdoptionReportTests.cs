using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Participation.Consultations;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class AdoptionReportTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private readonly ConsultationSteps steps = new(factory);

    [Fact]
    public async Task The_report_waits_for_every_approved_comment_to_be_answered_then_shows_the_counts_and_reasons()
    {
        var (officer, id) = await steps.OpenAsync("关于社会保险费补缴的办法（征求意见稿）");
        await steps.CommentAsync(id, "第一条意见：建议增加定义。", article: "第一条");
        await steps.CommentAsync(id, "第二条意见：范围过窄。", article: "第二条");
        await steps.CommentAsync(id, "整体意见：施行日期太早。");
        var comments = await steps.CommentsAsync(id);
        Assert.Equal(3, comments.Count);
        foreach (var comment in comments)
        {
            await steps.ActAsync(officer, id, "approve", new() { ["commentId"] = comment.Id.ToString() });
        }

        var tooEarly = await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = comments[0].Id.ToString(), ["answer"] = "Adopted" }, expectSuccess: false);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("征求意见截止后才能答复意见。", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await steps.CloseAsync(id);
        await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = comments[0].Id.ToString(), ["answer"] = "Adopted" });
        var noReason = await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = comments[1].Id.ToString(), ["answer"] = "NotAdopted", ["reason"] = "" }, expectSuccess: false);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("“不予采纳”须说明理由。", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unanswered = await steps.ActAsync(officer, id, "report", new() { ["summary"] = "感谢参与。" }, expectSuccess: false);
        Assert.Equal(HttpStatusCode.BadRequest, unanswered.StatusCode);
        Assert.Contains("还有2条意见未答复采纳情况", await unanswered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"adoption-report\"", await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id)), StringComparison.Ordinal);

        await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = comments[1].Id.ToString(), ["answer"] = "NotAdopted", ["reason"] = "上位法已规定适用范围。" });
        await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = comments[2].Id.ToString(), ["answer"] = "PartlyAdopted", ["reason"] = "施行日期推迟一个月。" });
        await steps.ActAsync(officer, id, "report", new() { ["summary"] = "共收到意见3条，感谢参与。" });

        var page = await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id));
        Assert.Contains("data-testid=\"adoption-report\"", page, StringComparison.Ordinal);
        Assert.Contains("采纳<strong data-testid=\"adopted\">1</strong>条", page, StringComparison.Ordinal);
        Assert.Contains("部分采纳<strong data-testid=\"partly-adopted\">1</strong>条", page, StringComparison.Ordinal);
        Assert.Contains("不予采纳<strong data-testid=\"not-adopted\">1</strong>条", page, StringComparison.Ordinal);
        Assert.Contains("上位法已规定适用范围。", page, StringComparison.Ordinal);
        Assert.Contains("施行日期推迟一个月。", page, StringComparison.Ordinal);
        Assert.Contains("已公布采纳情况", page, StringComparison.Ordinal);
    }
}
