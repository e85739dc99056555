using System.Net;
using Gongkai.Web.Features.Participation.Mailbox;
using static Gongkai.IntegrationTests.Participation.Mailbox.MailboxSteps;

namespace Gongkai.IntegrationTests.Participation.Mailbox;

/// <summary>Who works on messages: the disclosure office on all, a handler on their own, nobody else.</summary>
public sealed class MailboxAccessTests(MailboxFactory factory) : IClassFixture<MailboxFactory>
{
    [Fact]
    public async Task A_drafter_is_refused_the_list_the_details_and_every_action()
    {
        var (number, _) = await WriteAsync(factory.Anonymous(), Form("起草人测试"));
        var id = (await LoadAsync(factory, number)).Id;
        var drafter = await factory.SignInAsync("shandong-drafter");

        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.GetAsync(StaffList)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.GetAsync($"{StaffList}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(drafter, id, "Reject", new() { ["Text"] = "广告" })).StatusCode);
        Assert.Equal(MessageStatus.Received, (await LoadAsync(factory, number)).Status);
    }

    [Fact]
    public async Task Another_agencys_staff_neither_open_nor_move_the_message()
    {
        var (number, _) = await WriteAsync(factory.Anonymous(), Form("他机关测试"));
        var id = (await LoadAsync(factory, number)).Id;
        var beijing = await factory.SignInAsync("beijing-disclosureofficer");

        Assert.True(IsRefused(await beijing.GetAsync($"{StaffList}/{id}")));
        Assert.True(IsRefused(await beijing.GetAsync(StaffList)));
        Assert.Equal(HttpStatusCode.NotFound, (await beijing.GetAsync($"/admin/beijing/mailbox/{id}")).StatusCode);
        var moved = await ActAsync(beijing, id, "Reject", new() { ["Text"] = "广告" }, agency: "beijing", homeAgency: "beijing");
        Assert.Equal(HttpStatusCode.NotFound, moved.StatusCode);
        Assert.Equal(MessageStatus.Received, (await LoadAsync(factory, number)).Status);
    }

    [Fact]
    public async Task A_handler_cannot_answer_a_message_not_assigned_to_them_and_does_not_see_it_listed()
    {
        var (number, _) = await WriteAsync(factory.Anonymous(), Form("未交办测试"));
        var id = (await LoadAsync(factory, number)).Id;
        var handler = await factory.SignInAsync("shandong-handler");

        var answered = await ActAsync(handler, id, "Answer", new() { ["Text"] = "抢答" });

        Assert.Equal(HttpStatusCode.Forbidden, answered.StatusCode);
        Assert.Equal(MessageStatus.Received, (await LoadAsync(factory, number)).Status);
        Assert.DoesNotContain(number, await handler.GetStringAsync(StaffList), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_officer_sees_the_full_details_and_the_history()
    {
        var (number, _) = await WriteAsync(factory.Anonymous(), Form("详情测试"));
        var id = (await LoadAsync(factory, number)).Id;
        var officer = await factory.SignInAsync("shandong-disclosureofficer");

        var page = Html(await officer.GetStringAsync($"{StaffList}/{id}"));

        Assert.Equal("已收到", page.QuerySelector("#message-status")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#form-Assign"));
        Assert.NotNull(page.QuerySelector("#form-Answer"));
        Assert.NotNull(page.QuerySelector("#form-Reject"));
        Assert.Null(page.QuerySelector("#form-Publish"));
        Assert.Contains("来信人 张**", page.QuerySelector("#history-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agency_administrator_sets_the_answer_period_and_new_messages_follow_it()
    {
        var admin = await factory.SignInAsync("shandong-agencyadmin");
        var refused = await admin.PostFormAsync("/admin/shandong/manage/mailbox", "/admin/shandong/manage/mailbox", new() { ["AnswerWorkingDays"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("答复期限应为1至60个工作日", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        Assert.True(IsRefused(await officer.GetAsync("/admin/shandong/manage/mailbox")));

        var saved = await admin.PostFormAsync("/admin/shandong/manage/mailbox", "/admin/shandong/manage/mailbox", new() { ["AnswerWorkingDays"] = "60" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (number, _) = await WriteAsync(factory.Anonymous(), Form("期限设置测试"));
        var message = await LoadAsync(factory, number);
        await admin.PostFormAsync("/admin/shandong/manage/mailbox", "/admin/shandong/manage/mailbox", new() { ["AnswerWorkingDays"] = "10" });

        // 60 working days are more than 60 calendar days; the default 10 are far fewer.
        Assert.Equal(60, message.AnswerWorkingDays);
        Assert.True(message.DueOn > message.ReceivedOn.AddDays(60));
    }
}
