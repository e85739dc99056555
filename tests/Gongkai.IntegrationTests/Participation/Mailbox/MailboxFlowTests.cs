using System.Net;
using Gongkai.Web.Features.Participation.Mailbox;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Participation.Mailbox.MailboxSteps;

namespace Gongkai.IntegrationTests.Participation.Mailbox;

/// <summary>A message from the form to the public list, and what never reaches that list.</summary>
public sealed class MailboxFlowTests(MailboxFactory factory) : IClassFixture<MailboxFactory>
{
    [Fact]
    public async Task A_citizen_writes_and_the_status_page_shows_it_received()
    {
        var client = factory.Anonymous();

        var (number, code) = await WriteAsync(client, Form("收到测试"));

        Assert.Matches(@"^XX\d{4}\d{5}$", number);
        Assert.Equal(8, code.Length);
        var page = await HtmlAsync(await LookUpAsync(client, number, code));
        Assert.Equal("已收到", page.QuerySelector("#message-status")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#message-answer"));
        var stored = await LoadAsync(factory, number);
        Assert.Equal(MessageStatus.Received, stored.Status);
        Assert.True(stored.DueOn > stored.ReceivedOn);
        Assert.Equal(MessageAction.Write, Assert.Single(stored.History).Action);
    }

    [Fact]
    public async Task Assigned_answered_and_published_it_appears_in_the_public_list_with_the_name_masked_and_no_contact()
    {
        var citizen = factory.Anonymous();
        var (number, code) = await WriteAsync(citizen, Form("公开流程测试"));
        var id = (await LoadAsync(factory, number)).Id;
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var handler = await factory.SignInAsync("shandong-handler");

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(officer, id, "Assign", await AssignmentAsync(factory))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(handler, id, "Answer", new() { ["Text"] = "您好，请携带身份证到经办机构申领。" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(officer, id, "Publish")).StatusCode);

        var html = await citizen.GetStringAsync($"{RepliesPage}?q={Uri.EscapeDataString("公开流程测试")}");
        var list = Html(html);
        var reply = Assert.Single(list.QuerySelectorAll(".reply"));
        Assert.Equal("张**", reply.QuerySelector(".reply-writer")!.TextContent.Trim());
        Assert.Contains("请携带身份证", reply.QuerySelector(".reply-answer")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, html, StringComparison.Ordinal);
        Assert.DoesNotContain(code, html, StringComparison.Ordinal);

        var status = await HtmlAsync(await LookUpAsync(citizen, number, code));
        Assert.Equal("已答复并公开", status.QuerySelector("#message-status")!.TextContent.Trim());
        Assert.Contains("请携带身份证", status.QuerySelector("#message-answer")!.TextContent, StringComparison.Ordinal);
        var stored = await LoadAsync(factory, number);
        Assert.Equal(
            [MessageAction.Write, MessageAction.Assign, MessageAction.Answer, MessageAction.Publish],
            stored.History.OrderBy(h => h.At).ThenBy(h => (int)h.Action).Select(h => h.Action));
    }

    [Fact]
    public async Task A_message_whose_writer_asked_for_privacy_cannot_be_published()
    {
        var form = Form("不公开测试");
        form["KeepPrivate"] = "true";
        var (number, _) = await WriteAsync(factory.Anonymous(), form);
        var id = (await LoadAsync(factory, number)).Id;
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        await ActAsync(officer, id, "Answer", new() { ["Text"] = "已答复。" });

        var refused = await ActAsync(officer, id, "Publish");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("来信人要求不公开", (await HtmlAsync(refused)).QuerySelector("#action-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(MessageStatus.Answered, (await LoadAsync(factory, number)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(officer, id, "Close")).StatusCode);
        Assert.Equal("0", CountOn(await factory.Anonymous().GetStringAsync($"{RepliesPage}?q={Uri.EscapeDataString("不公开测试")}")));
    }

    [Fact]
    public async Task Unanswered_and_rejected_messages_are_absent_from_the_public_list()
    {
        var client = factory.Anonymous();
        await WriteAsync(client, Form("未答复测试"));
        var (rejected, _) = await WriteAsync(client, Form("不予受理测试"));
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var id = (await LoadAsync(factory, rejected)).Id;

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(officer, id, "Reject", new() { ["Text"] = "广告" })).StatusCode);

        Assert.Equal(MessageStatus.Rejected, (await LoadAsync(factory, rejected)).Status);
        Assert.Equal("0", CountOn(await client.GetStringAsync($"{RepliesPage}?q={Uri.EscapeDataString("未答复测试")}")));
        Assert.Equal("0", CountOn(await client.GetStringAsync($"{RepliesPage}?q={Uri.EscapeDataString("不予受理测试")}")));
        Assert.DoesNotContain("未答复测试", await client.GetStringAsync(RepliesPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overdue_list_shows_a_message_received_long_ago_with_the_national_check_warning_and_a_masked_phone()
    {
        var (old, _) = await WriteAsync(factory.Anonymous(), Form("逾期测试"));
        var (fresh, _) = await WriteAsync(factory.Anonymous(), Form("未逾期测试"));
        await using (var scope = factory.Scope())
        {
            await factory.Db(scope).Set<Message>().Where(m => m.Number == old)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReceivedOn, new DateOnly(2025, 1, 6)).SetProperty(m => m.DueOn, new DateOnly(2025, 1, 20)));
        }

        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var html = await officer.GetStringAsync($"{StaffList}?overdue=true");

        Assert.Contains(old, html, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh, html, StringComparison.Ordinal);
        Assert.Contains(MessageDeadline.NationalCheckRisk, html, StringComparison.Ordinal);
        Assert.Contains("138****5678", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_list_filters_by_box_and_status()
    {
        var leaderForm = Form("领导信箱筛选测试");
        leaderForm["Box"] = "LeaderMailbox";
        var (leader, _) = await WriteAsync(factory.Anonymous(), leaderForm);
        var (inquiry, _) = await WriteAsync(factory.Anonymous(), Form("在线咨询筛选测试"));
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        await ActAsync(officer, (await LoadAsync(factory, inquiry)).Id, "Answer", new() { ["Text"] = "答复" });

        var leaders = await officer.GetStringAsync($"{StaffList}?box=LeaderMailbox");
        var answered = await officer.GetStringAsync($"{StaffList}?status=Answered");

        Assert.Contains(leader, leaders, StringComparison.Ordinal);
        Assert.DoesNotContain(inquiry, leaders, StringComparison.Ordinal);
        Assert.Contains(inquiry, answered, StringComparison.Ordinal);
        Assert.DoesNotContain(leader, answered, StringComparison.Ordinal);
    }

    private static string CountOn(string html) =>
        System.Text.RegularExpressions.Regex.Match(Html(html).QuerySelector("#replies-heading")!.TextContent, @"共(\d+)条").Groups[1].Value;
}
