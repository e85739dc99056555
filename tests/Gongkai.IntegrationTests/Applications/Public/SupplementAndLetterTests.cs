using System.Net;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Applications.Staff;
using static Gongkai.IntegrationTests.Applications.Public.ApplicantSteps;

namespace Gongkai.IntegrationTests.Applications.Public;

/// <summary>What the applicant does on the status page: answer a supplement notice, download the letters sent to them.</summary>
public sealed class SupplementAndLetterTests(ApplicantFactory factory) : IClassFixture<ApplicantFactory>
{
    private const string SupplementPost = "/shandong/applications/status/supplement";
    private const string LetterPost = "/shandong/applications/status/letter";
    private const string Request = "请写明所需统计数据的起止年份";

    private static readonly CaseForm RequestSupplement = new() { Action = nameof(ApplicationAction.RequestSupplement), Note = Request, Days = 10 };

    [Fact]
    public async Task The_applicant_answers_the_supplement_notice_and_the_case_is_registered_again()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());
        await MoveAsync(factory, number, Confirm, RequestSupplement);

        var status = await HtmlAsync(await LookUpAsync(client, number, code));
        Assert.Equal("待补正", status.QuerySelector("#case-status")!.TextContent.Trim());
        Assert.Contains(Request, status.QuerySelector(".supplement-request")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("计时暂停：", status.QuerySelector("#case-clock")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(status.QuerySelector($"form[action='{SupplementPost}'] textarea[name='Answer']"));

        var answered = await client.PostFormAsync(StatusPage, SupplementPost, new() { ["Number"] = number, ["QueryCode"] = code, ["Answer"] = "2023年至2025年" });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var page = await HtmlAsync(answered);
        Assert.Contains("补正内容已提交", page.QuerySelector("#notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("已登记", page.QuerySelector("#case-status")!.TextContent.Trim());
        var application = await LoadAsync(factory, number);
        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Equal("2023年至2025年", application.SupplementText);
        Assert.NotNull(application.SupplementReceivedOn);
        var entry = application.History.Single(h => h.Action == ApplicationAction.ReceiveSupplement);
        Assert.Equal("申请人 张**", entry.ActorName);
        Assert.Null(entry.ActorId);
    }

    [Fact]
    public async Task An_empty_or_too_long_answer_is_refused_in_chinese()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());
        await MoveAsync(factory, number, Confirm, RequestSupplement);

        var empty = await client.PostFormAsync(StatusPage, SupplementPost, new() { ["Number"] = number, ["QueryCode"] = code, ["Answer"] = "  " });
        var tooLong = await client.PostFormAsync(StatusPage, SupplementPost, new() { ["Number"] = number, ["QueryCode"] = code, ["Answer"] = new string('年', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写补正的内容。", (await HtmlAsync(empty)).QuerySelector("#Answer-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var page = await HtmlAsync(tooLong);
        Assert.Contains("补正内容不能超过2000个字。", page.QuerySelector("#Answer-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new string('年', 2001), page.QuerySelector("textarea[name='Answer']")!.TextContent);
        Assert.Equal(ApplicationStatus.AwaitingSupplement, (await LoadAsync(factory, number)).Status);
    }

    [Fact]
    public async Task An_answer_needs_the_right_code_and_a_case_that_awaits_one()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());
        await MoveAsync(factory, number, Confirm);

        var wrongCode = await client.PostFormAsync(StatusPage, SupplementPost, new() { ["Number"] = number, ["QueryCode"] = "ZZZZZZZZ", ["Answer"] = "补正内容" });
        var notAwaited = await client.PostFormAsync(StatusPage, SupplementPost, new() { ["Number"] = number, ["QueryCode"] = code, ["Answer"] = "补正内容" });

        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Equal("申请编号或查询码不正确。", (await HtmlAsync(wrongCode)).QuerySelector("#lookup-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, notAwaited.StatusCode);
        Assert.Contains("本申请当前不需要补正。", (await HtmlAsync(notAwaited)).QuerySelector("#Answer-error")!.TextContent, StringComparison.Ordinal);
        var application = await LoadAsync(factory, number);
        Assert.Equal(ApplicationStatus.Registered, application.Status);
        Assert.Equal("", application.SupplementText);
    }

    [Fact]
    public async Task Once_replied_the_applicant_downloads_the_reply_letter()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());
        await MoveAsync(factory, number, Confirm,
            new() { Action = nameof(ApplicationAction.Decide), Outcome = nameof(ApplicationOutcome.Disclosed), ReplyType = nameof(ReplyType.Provided) },
            new() { Action = nameof(ApplicationAction.Reply) });
        var replyNumber = (await LoadAsync(factory, number)).ReplyNumber;
        Assert.NotEqual("", replyNumber);

        var status = await HtmlAsync(await LookUpAsync(client, number, code));
        Assert.Equal("已答复", status.QuerySelector("#case-status")!.TextContent.Trim());
        Assert.NotNull(status.QuerySelector($"form[action='{LetterPost}'] input[name='Kind'][value='{nameof(LetterKind.ReplyLetter)}']"));

        var download = await client.PostFormAsync(StatusPage, LetterPost, new() { ["Number"] = number, ["QueryCode"] = code, ["Kind"] = nameof(LetterKind.ReplyLetter) });

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(LetterFile.ContentType, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var text = DocxText.Read(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("张三丰", text, StringComparison.Ordinal);
        Assert.Contains(replyNumber, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letters_not_addressed_to_the_applicant_or_not_reached_are_not_downloadable()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());
        await MoveAsync(factory, number, Confirm);

        var status = await HtmlAsync(await LookUpAsync(client, number, code));
        Assert.Null(status.QuerySelector($"form[action='{LetterPost}']"));

        foreach (var kind in new[] { nameof(LetterKind.ReplyLetter), nameof(LetterKind.ConsultationLetter), "5", "Nonsense" })
        {
            var response = await client.PostFormAsync(StatusPage, LetterPost, new() { ["Number"] = number, ["QueryCode"] = code, ["Kind"] = kind });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual(LetterFile.ContentType, response.Content.Headers.ContentType?.MediaType);
        }

        var wrongCode = await client.PostFormAsync(StatusPage, LetterPost, new() { ["Number"] = number, ["QueryCode"] = "ZZZZZZZZ", ["Kind"] = nameof(LetterKind.ReplyLetter) });
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
    }
}
