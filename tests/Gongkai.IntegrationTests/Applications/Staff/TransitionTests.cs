using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Auth;
using static Gongkai.IntegrationTests.Applications.Staff.CaseFlow;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>
/// Every transition of the case's table a member of staff takes, over HTTP: with the right role it happens and is
/// recorded; with a wrong role it is refused in Chinese; from another agency it is not even found.
/// </summary>
public sealed class TransitionTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private const string OtherAgency = "beijing";
    private readonly CaseFlow flow = new(factory);

    /// <summary>
    /// step (the row), the role that may take it, a role that may not, and how the wrong role is refused: 400 when it may
    /// open the case but not take this step, 403 when the case is not one it may open at all (pending and registered
    /// cases are the disclosure office's alone).
    /// </summary>
    public static TheoryData<string, string, string, int> Rows => new()
    {
        { "Pending.Confirm", "disclosureofficer", "handler", 403 },
        { "Pending.Discard", "disclosureofficer", "leader", 403 },
        { "Registered.RequestSupplement", "disclosureofficer", "drafter", 403 },
        { "AwaitingSupplement.ReceiveSupplement", "disclosureofficer", "handler", 403 },
        { "AwaitingSupplement.LapseSupplement", "disclosureofficer", "leader", 403 },
        { "Registered.Assign", "disclosureofficer", "handler", 403 },
        { "Handling.Assign", "disclosureofficer", "handler", 400 },
        { "Handling.Consult", "handler", "leader", 400 },
        { "Handling.Consult", "disclosureofficer", "leader", 400 },
        { "Consulting.EndConsultation", "handler", "leader", 400 },
        { "Consulting.EndConsultation", "disclosureofficer", "leader", 400 },
        { "Handling.Extend", "leader", "handler", 400 },
        { "Consulting.Extend", "leader", "disclosureofficer", 400 },
        { "Handling.ChargeFee", "handler", "leader", 400 },
        { "Handling.ChargeFee", "disclosureofficer", "leader", 400 },
        { "AwaitingPayment.ReceivePayment", "disclosureofficer", "handler", 400 },
        { "AwaitingPayment.LapsePayment", "disclosureofficer", "handler", 400 },
        { "Registered.Decide", "disclosureofficer", "leader", 403 },
        { "Handling.Decide", "handler", "leader", 400 },
        { "Handling.Decide", "disclosureofficer", "leader", 400 },
        { "Decided.ReturnDecision", "disclosureofficer", "handler", 400 },
        { "Decided.Reply", "disclosureofficer", "handler", 400 },
        { "Replied.Deliver", "disclosureofficer", "handler", 400 },
        { "Delivered.Archive", "disclosureofficer", "handler", 400 },
    };

    [Fact]
    public void Every_transition_a_person_takes_is_in_the_rows_with_its_role()
    {
        var people = ApplicationWorkflow.Table
            .Where(t => t.Role is not (ApplicationWorkflow.System or ApplicationWorkflow.Applicant))
            .Select(t => $"{t.From}.{t.Action}/{t.Role}")
            .Order()
            .ToList();
        var tested = Rows.Select(r => $"{r.Data.Item1}/{RoleOf(r.Data.Item2)}").Order().ToList();
        Assert.Equal(people, tested);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_transition_happens_for_the_right_role_only_and_never_from_another_agency(string step, string rightRole, string wrongRole, int wrongStatus)
    {
        var (from, action) = (Enum.Parse<ApplicationStatus>(step.Split('.')[0]), step.Split('.')[1]);
        var (id, fields) = await ReadyForAsync(step);
        var to = ApplicationWorkflow.Table.First(t => t.From == from && t.Action.ToString() == action).To;
        Assert.Equal(from, (await flow.LoadAsync(id)).Status);

        // The wrong role: refused in Chinese, nothing moves.
        var wrong = await factory.SignInAsync($"{Agency}-{wrongRole}");
        var refused = await ActAsync(wrong, Agency, id, action, fields);
        Assert.Equal(wrongStatus, (int)refused.StatusCode);
        var message = ErrorOf(await refused.Content.ReadAsStringAsync());
        Assert.NotNull(message);
        if (wrongStatus == 400)
        {
            Assert.Matches("^“.+”须由.+办理。$", message);
        }
        else
        {
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}.*。$", message);
        }

        Assert.Equal(from, (await flow.LoadAsync(id)).Status);

        // The right role of another agency: not found through its own agency, refused on this agency's route.
        var stranger = await factory.SignInAsync($"{OtherAgency}-{rightRole}");
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(stranger, OtherAgency, id, action, fields)).StatusCode);
        var throughTheirs = await stranger.PostWithoutTokenAsync(Page(Agency, id), new Dictionary<string, string>(fields) { ["action"] = action });
        Assert.Equal(HttpStatusCode.Redirect, throughTheirs.StatusCode);
        Assert.Contains("/account/access-denied", throughTheirs.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(from, (await flow.LoadAsync(id)).Status);

        // The right role: done, and recorded in the history with who, what, from and to.
        var right = await factory.SignInAsync($"{Agency}-{rightRole}");
        var historyBefore = (await flow.LoadAsync(id)).History.Count;
        await DoAsync(right, Agency, id, action, fields);
        var application = await flow.LoadAsync(id);
        Assert.Equal(to, application.Status);
        Assert.Equal(historyBefore + 1, application.History.Count);
        var last = application.History.OrderBy(h => h.At).Last();
        Assert.Equal(Enum.Parse<ApplicationAction>(action), last.Action);
        Assert.Equal(from, last.From);
        Assert.Equal(to, last.To);
        Assert.Equal($"山东省人社厅{StaffRole.ToChinese(RoleOf(rightRole))}", last.ActorName);

        // The page says so and shows the step in the history.
        var page = TextOf(await right.GetStringAsync($"{Page(Agency, id)}?done={action}"));
        Assert.Contains($"已完成“{last.Action.ToChinese()}”。", page, StringComparison.Ordinal);
        Assert.Contains(to.ToChinese(), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_the_case_is_not_assigned_to_cannot_decide_it_and_the_assigned_one_can()
    {
        var other = await flow.AddHandlerAsync(Agency, "shandong-handler-two", "山东省人社厅承办人乙");
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var id = await flow.RegisterAsync(Agency, Today);
        await DoAsync(office, Agency, id, "Assign", await flow.AssignFieldsAsync(Agency, other));

        var notAssigned = await factory.SignInAsync($"{Agency}-handler");
        var refused = await ActAsync(notAssigned, Agency, id, "Decide", DisclosedDecision);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("本申请未分派给您承办，您不能查看或办理。", ErrorOf(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(ApplicationStatus.Handling, (await flow.LoadAsync(id)).Status);

        var assigned = await factory.SignInAsync(other);
        await DoAsync(assigned, Agency, id, "Decide", DisclosedDecision);
        var application = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.Decided, application.Status);
        Assert.Equal("山东省人社厅承办人乙", application.History.OrderBy(h => h.At).Last().ActorName);
    }

    [Fact]
    public async Task A_leader_extends_once_by_at_most_twenty_working_days()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var leader = await factory.SignInAsync($"{Agency}-leader");
        var id = await flow.HandlingAsync(office, Agency);
        var dueBefore = (await flow.LoadAsync(id)).ReplyDueOn!.Value;

        var tooLong = await ActAsync(leader, Agency, id, "Extend", new() { ["days"] = "21", ["note"] = "需要调取历年档案" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("延长的期限最长不超过20个工作日。", ErrorOf(await tooLong.Content.ReadAsStringAsync()));
        Assert.Equal(dueBefore, (await flow.LoadAsync(id)).ReplyDueOn);

        await DoAsync(leader, Agency, id, "Extend", new() { ["days"] = "5", ["note"] = "需要调取历年档案" });
        var extended = await flow.LoadAsync(id);
        Assert.Equal((await flow.DaysAsync()).AddWorkingDays(dueBefore, 5), extended.ReplyDueOn);
        Assert.Equal(5, extended.ExtensionDays);
        Assert.Equal("山东省人社厅分管领导", extended.ExtensionApprover);

        var again = await ActAsync(leader, Agency, id, "Extend", new() { ["days"] = "3", ["note"] = "档案仍未调齐" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("答复期限只能延长一次，本申请已经延期。", ErrorOf(await again.Content.ReadAsStringAsync()));
        Assert.Equal(extended.ReplyDueOn, (await flow.LoadAsync(id)).ReplyDueOn);
    }

    [Fact]
    public async Task A_supplement_is_requested_once_within_seven_working_days_and_restarts_the_clock()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var days = await flow.DaysAsync();
        var receivedOn = await flow.WorkingDaysAgoAsync(3);
        var id = await flow.RegisterAsync(Agency, receivedOn);
        Assert.Equal(days.AddWorkingDays(receivedOn, 20), (await flow.LoadAsync(id)).ReplyDueOn);

        await DoAsync(office, Agency, id, "RequestSupplement", new() { ["note"] = "请写明所需信息的年份。", ["days"] = "10" });
        var waiting = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.AwaitingSupplement, waiting.Status);
        Assert.Equal(days.AddWorkingDays(Today, 10), waiting.SupplementDueOn);
        Assert.Null(waiting.ReplyDueOn);
        Assert.Contains("计时暂停", TextOf(await office.GetStringAsync(Page(Agency, id))), StringComparison.Ordinal);

        await DoAsync(office, Agency, id, "ReceiveSupplement", new() { ["note"] = "所需信息为2025年度。", ["date"] = TodayText });
        var supplemented = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.Registered, supplemented.Status);
        Assert.Equal(Today, supplemented.ClockStartsOn);
        Assert.Equal(days.AddWorkingDays(Today, 20), supplemented.ReplyDueOn);

        var second = await ActAsync(office, Agency, id, "RequestSupplement", new() { ["note"] = "请再补充文号。", ["days"] = "10" });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("补正告知只能一次性发出，本申请已告知过补正。", ErrorOf(await second.Content.ReadAsStringAsync()));
        Assert.Equal(ApplicationStatus.Registered, (await flow.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_supplement_notice_after_seven_working_days_is_refused()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var id = await flow.RegisterAsync(Agency, await flow.WorkingDaysAgoAsync(8));

        Assert.DoesNotContain("aria-label=\"告知补正\"", await office.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
        var late = await ActAsync(office, Agency, id, "RequestSupplement", new() { ["note"] = "请写明所需信息的年份。", ["days"] = "10" });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.StartsWith("补正告知应在收到申请之日起7个工作日内发出", ErrorOf(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Registered, (await flow.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_consultation_moves_the_reply_deadline_by_exactly_the_working_days_it_took()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var days = await flow.DaysAsync();
        var receivedOn = await flow.WorkingDaysAgoAsync(12);
        var id = await flow.HandlingAsync(office, Agency, receivedOn);
        var dueBefore = (await flow.LoadAsync(id)).ReplyDueOn!.Value;
        Assert.Equal(days.AddWorkingDays(receivedOn, 20), dueBefore);

        await DoAsync(handler, Agency, id, "Consult", new() { ["party"] = "ThirdParty", ["partyName"] = "济南某某科技有限公司", ["note"] = "合同金额是否涉及商业秘密" });
        var consulting = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.Consulting, consulting.Status);
        Assert.Null(consulting.ReplyDueOn);
        Assert.Contains("计时暂停", TextOf(await handler.GetStringAsync(Page(Agency, id))), StringComparison.Ordinal);

        // The letter went out two working days after receipt; the answer came five working days after that.
        var sentOn = days.AddWorkingDays(receivedOn, 2);
        var answeredOn = days.AddWorkingDays(sentOn, 5);
        await flow.ArrangeConsultationAsync(id, s => s.SetProperty(c => c.SentOn, sentOn));
        await DoAsync(handler, Agency, id, "EndConsultation", new() { ["date"] = Iso(answeredOn), ["note"] = "不同意公开合同金额" });

        var after = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.Handling, after.Status);
        Assert.Equal(5, after.PausedWorkingDays);
        Assert.Equal(days.AddWorkingDays(dueBefore, 5), after.ReplyDueOn);
    }

    [Fact]
    public async Task Fees_follow_the_national_rates_and_a_payment_lapses_only_after_its_deadline()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");

        var free = await flow.HandlingAsync(office, Agency);
        var thirty = await ActAsync(handler, Agency, free, "ChargeFee", new() { ["feeMethod"] = "PerPage", ["quantity"] = "30" });
        Assert.Equal(HttpStatusCode.BadRequest, thirty.StatusCode);
        Assert.Contains("30页不收费", ErrorOf(await thirty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Handling, (await flow.LoadAsync(free)).Status);

        await DoAsync(handler, Agency, free, "ChargeFee", new() { ["feeMethod"] = "PerPage", ["quantity"] = "31" });
        var charged = await flow.LoadAsync(free);
        Assert.Equal(ApplicationStatus.AwaitingPayment, charged.Status);
        Assert.Equal(10m, charged.FeeAmount);
        Assert.Contains("10元", TextOf(await handler.GetStringAsync(Page(Agency, free))), StringComparison.Ordinal);

        var early = await ActAsync(office, Agency, free, "LapsePayment");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("尚未届满", ErrorOf(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.AwaitingPayment, (await flow.LoadAsync(free)).Status);
    }

    [Fact]
    public async Task The_eleventh_application_of_an_applicant_in_a_month_costs_one_hundred_yuan()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var idNumber = NewIdNumber();
        for (var i = 1; i <= 10; i++)
        {
            await flow.RegisterAsync(Agency, Today, idNumber, $"第{i}件：本市{2000 + i}年度职业技能培训补贴的发放名单");
        }

        var eleventh = await flow.HandlingAsync(office, Agency, Today, idNumber);
        await DoAsync(handler, Agency, eleventh, "ChargeFee", new() { ["feeMethod"] = "PerApplication", ["quantity"] = "1" });

        var charged = await flow.LoadAsync(eleventh);
        Assert.Equal(11, charged.FeeQuantity);
        Assert.Equal(100m, charged.FeeAmount);
        Assert.Equal(ApplicationStatus.AwaitingPayment, charged.Status);
    }

    [Fact]
    public async Task A_decision_partly_disclosing_must_name_what_is_withheld_and_replies_are_numbered_in_sequence()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var id = await flow.HandlingAsync(office, Agency);
        var partly = new Dictionary<string, string>
        {
            ["outcome"] = "PartlyDisclosed",
            ["replyType"] = "PartlyProvided",
            ["note"] = "名单中的个人身份证号码属于个人隐私。",
            ["withheldParts"] = "",
            ["details"] = "提供去除身份证号码后的名单。",
        };

        var refused = await ActAsync(handler, Agency, id, "Decide", partly);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal("部分公开须写明不予公开的部分及其理由。", ErrorOf(html));
        Assert.Contains("名单中的个人身份证号码属于个人隐私。", html, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Handling, (await flow.LoadAsync(id)).Status);

        partly["withheldParts"] = "名单中的身份证号码（条例第十五条）";
        await DoAsync(handler, Agency, id, "Decide", partly);
        await DoAsync(office, Agency, id, "Reply");
        var first = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.Replied, first.Status);
        var prefix = "山东省人社厅依申请公开";
        var year = Today.Year;
        Assert.Matches($"^{prefix}〔{year}〕[1-9][0-9]*号$", first.ReplyNumber);
        var serial = int.Parse(first.ReplyNumber[(prefix.Length + 6)..^1], System.Globalization.CultureInfo.InvariantCulture);

        var next = await flow.RepliedAsync(office, handler, Agency);
        Assert.Equal($"{prefix}〔{year}〕{serial + 1}号", (await flow.LoadAsync(next)).ReplyNumber);
        Assert.Contains(first.ReplyNumber, TextOf(await office.GetStringAsync(Page(Agency, id))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_by_post_needs_the_service_receipt_and_then_the_case_is_archived()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var id = await flow.RepliedAsync(office, handler, Agency);

        var bare = await ActAsync(office, Agency, id, "Deliver", new() { ["deliveryMethod"] = "Post", ["date"] = TodayText, ["receiptSigner"] = "", ["receiptSignedOn"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("邮寄或当面送达须登记送达回证的签收人和签收日期。", ErrorOf(await bare.Content.ReadAsStringAsync()));
        Assert.Equal(ApplicationStatus.Replied, (await flow.LoadAsync(id)).Status);

        await DoAsync(office, Agency, id, "Deliver", new() { ["deliveryMethod"] = "Post", ["date"] = TodayText, ["receiptSigner"] = "张三丰", ["receiptSignedOn"] = TodayText });
        var delivered = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.Delivered, delivered.Status);
        Assert.Equal("张三丰", delivered.ServiceReceiptSigner);
        Assert.Equal(Today, delivered.ServiceReceiptSignedOn);

        await DoAsync(office, Agency, id, "Archive", new() { ["note"] = "卷宗第12号" });
        var archived = await flow.LoadAsync(id);
        Assert.Equal(ApplicationStatus.Archived, archived.Status);
        Assert.Equal(Today, archived.ArchivedOn);
        Assert.Contains("张三丰", TextOf(await office.GetStringAsync(Page(Agency, id))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fly", "days", "5", "未知的操作。")]
    [InlineData("RequestSupplement", "days", "abc", "天数应填写整数（工作日）。")]
    [InlineData("Confirm", "date", "2026-13-45", "确认日期格式不正确，应如 2026-03-02。")]
    [InlineData("Assign", "departmentId", "not-a-guid", "请选择本机关的承办处室。")]
    [InlineData("Discard", "confirmed", "maybe", "请勾选确认。")]
    public async Task Unreadable_form_values_are_refused_in_Chinese_and_never_fail(string action, string field, string value, string expected)
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var id = action is "Confirm" or "Discard" ? await flow.SubmitAsync(Agency) : await flow.RegisterAsync(Agency, Today);
        var before = (await flow.LoadAsync(id)).Status;

        var response = await ActAsync(office, Agency, id, action, new() { [field] = value, ["note"] = "测试说明" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, ErrorOf(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, (await flow.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task An_overlong_text_is_refused_in_Chinese_before_anything_is_saved()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var id = await flow.SubmitAsync(Agency);

        var response = await ActAsync(office, Agency, id, "Discard", new() { ["note"] = new string('测', 1001), ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("说明不能超过1000个字。", ErrorOf(await response.Content.ReadAsStringAsync()));
        Assert.Equal(ApplicationStatus.Pending, (await flow.LoadAsync(id)).Status);
    }

    private static string RoleOf(string userSuffix) => StaffRole.All.Single(r => r.Equals(userSuffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>A case in the row's starting status, reached over HTTP, and the fields its step needs.</summary>
    private async Task<(Guid Id, Dictionary<string, string> Fields)> ReadyForAsync(string step)
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var assign = await flow.AssignFieldsAsync(Agency);
        var consult = new Dictionary<string, string> { ["party"] = "OtherAgency", ["partyName"] = "山东省财政厅", ["note"] = "资金数据是否可以公开" };
        var supplement = new Dictionary<string, string> { ["note"] = "请写明所需信息的年份。", ["days"] = "10" };
        var perPage = new Dictionary<string, string> { ["feeMethod"] = "PerPage", ["quantity"] = "120" };
        switch (step)
        {
            case "Pending.Confirm":
                return (await flow.SubmitAsync(Agency), new() { ["date"] = TodayText });
            case "Pending.Discard":
                return (await flow.SubmitAsync(Agency), new() { ["note"] = "内容为测试文字，不构成申请。", ["confirmed"] = "true" });
            case "Registered.RequestSupplement":
                return (await flow.RegisterAsync(Agency, Today), supplement);
            case "Registered.Assign":
                return (await flow.RegisterAsync(Agency, Today), assign);
            case "Registered.Decide":
                return (await flow.RegisterAsync(Agency, Today), new()
                {
                    ["outcome"] = "UnavailableNotHeld",
                    ["replyType"] = "DoesNotExist",
                    ["note"] = "经检索，本机关未制作或获取该信息。",
                });
            case "AwaitingSupplement.ReceiveSupplement":
            case "AwaitingSupplement.LapseSupplement":
                var waiting = await flow.RegisterAsync(Agency, Today);
                await DoAsync(office, Agency, waiting, "RequestSupplement", supplement);
                if (step.EndsWith("LapseSupplement", StringComparison.Ordinal))
                {
                    await flow.ArrangeAsync(waiting, s => s.SetProperty(a => a.SupplementDueOn, Today.AddDays(-1)));
                    return (waiting, []);
                }

                return (waiting, new() { ["note"] = "所需信息为2025年度。", ["date"] = TodayText });
        }

        var handling = await flow.HandlingAsync(office, Agency);
        switch (step)
        {
            case "Handling.Assign":
                return (handling, assign);
            case "Handling.Consult":
                return (handling, consult);
            case "Handling.Extend":
                return (handling, new() { ["days"] = "10", ["note"] = "需要调取历年档案" });
            case "Handling.ChargeFee":
                return (handling, perPage);
            case "Handling.Decide":
                return (handling, DisclosedDecision);
            case "Consulting.EndConsultation":
            case "Consulting.Extend":
                await DoAsync(handler, Agency, handling, "Consult", consult);
                return step == "Consulting.Extend"
                    ? (handling, new() { ["days"] = "10", ["note"] = "征求意见期间需调取档案" })
                    : (handling, new() { ["date"] = TodayText, ["note"] = "同意公开" });
            case "AwaitingPayment.ReceivePayment":
            case "AwaitingPayment.LapsePayment":
                await DoAsync(handler, Agency, handling, "ChargeFee", perPage);
                if (step.EndsWith("LapsePayment", StringComparison.Ordinal))
                {
                    await flow.ArrangeAsync(handling, s => s.SetProperty(a => a.PaymentDueOn, Today.AddDays(-1)));
                    return (handling, []);
                }

                return (handling, new() { ["date"] = TodayText });
        }

        await DoAsync(handler, Agency, handling, "Decide", DisclosedDecision);
        if (step.StartsWith("Decided.", StringComparison.Ordinal))
        {
            return (handling, step == "Decided.ReturnDecision" ? new() { ["note"] = "请补充提供方式。" } : []);
        }

        await DoAsync(office, Agency, handling, "Reply");
        if (step == "Replied.Deliver")
        {
            return (handling, new() { ["deliveryMethod"] = "Electronic", ["date"] = TodayText });
        }

        await DoAsync(office, Agency, handling, "Deliver", new() { ["deliveryMethod"] = "Electronic", ["date"] = TodayText });
        return step == "Delivered.Archive" ? (handling, new() { ["note"] = "" }) : throw new ArgumentOutOfRangeException(nameof(step), step, null);
    }
}
