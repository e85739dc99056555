using Gongkai.IntegrationTests.Applications.Staff;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Interpretations;
using Gongkai.IntegrationTests.Participation.Consultations;
using Gongkai.IntegrationTests.Participation.Mailbox;
using Gongkai.IntegrationTests.Publications.Staff;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reports.Statistics;

/// <summary>
/// One quarter of records for 山东省人社厅, made through the back office and the public forms over HTTP, with a record
/// on each side of both edges of the range 2026-04-01 … 2026-06-30. Everything is done today; the dates the figures
/// are about (publication, receipt, reply, answer, submission) are then arranged on the rows — only the dates, never a
/// status or a due date, which the application computed itself from the receipt date.
/// The figures expected on the 2026 calendar (劳动节 1–5 May off, Saturday 9 May worked, 端午 19 June off) are
/// worked out by hand in <see cref="Expected"/>.
/// </summary>
internal sealed class StatisticsScenario(GongkaiFactory factory)
{
    public const string Agency = "shandong";
    public const string OtherAgency = "beijing";
    public static readonly DateOnly From = new(2026, 4, 1);
    public static readonly DateOnly To = new(2026, 6, 30);

    public static string Query => "from=2026-04-01&to=2026-06-30";

    public string FirstCategory { get; private set; } = "";
    public string SecondCategory { get; private set; } = "";

    public async Task BuildAsync()
    {
        await DocumentsAsync();
        await ApplicationsAsync();
        await ConsultationsAsync();
        await MailboxAsync();
    }

    // ----- Documents and interpretations -----

    private async Task DocumentsAsync()
    {
        var docs = new DocumentSteps(factory);
        var staff = await docs.StaffOfAsync(Agency);
        var categories = await CategoriesAsync();
        FirstCategory = categories[0].Name;
        SecondCategory = categories[1].Name;
        void In(Dictionary<string, string> f, CatalogCategory c) => f["categoryId"] = c.Id.ToString();

        var onFirstDay = await docs.PublishedAsync(staff, Agency, "统计：区间第一天发布", f => In(f, categories[0]));
        await PublishedOnAsync(onFirstDay, new DateOnly(2026, 4, 1));
        var dayBefore = await docs.PublishedAsync(staff, Agency, "统计：区间前一天发布", f => In(f, categories[0]));
        await PublishedOnAsync(dayBefore, new DateOnly(2026, 3, 31));
        var dayAfter = await docs.PublishedAsync(staff, Agency, "统计：区间后一天发布", f => In(f, categories[1]));
        await PublishedOnAsync(dayAfter, new DateOnly(2026, 7, 1));

        // Normative, published Friday 15 May, interpreted Wednesday 20 May: the 3rd working day, in time.
        var normative = await docs.PublishedAsync(staff, Agency, "统计：规范性文件按时解读", f =>
        {
            In(f, categories[1]);
            f["isNormative"] = "true";
            f["effectiveOn"] = "2026-05-15";
        });
        await PublishedOnAsync(normative, new DateOnly(2026, 5, 15));
        await PublishInterpretationAsync(staff, normative, new DateOnly(2026, 5, 20));

        // 需要解读, published Thursday 30 April; 1–5 May are off, so the 3rd working day is Friday 8 May and an
        // interpretation on Saturday 9 May (a make-up working day) is late.
        var needsInterpretation = await docs.PublishedAsync(staff, Agency, "统计：需要解读的文件解读较晚", f =>
        {
            In(f, categories[0]);
            f["needsInterpretation"] = "true";
        });
        await PublishedOnAsync(needsInterpretation, new DateOnly(2026, 4, 30));
        await PublishInterpretationAsync(staff, needsInterpretation, new DateOnly(2026, 5, 9));

        // Normative, published on the last day, its interpretation still a draft: not interpreted.
        var uninterpreted = await docs.PublishedAsync(staff, Agency, "统计：规范性文件尚未解读", f =>
        {
            In(f, categories[0]);
            f["isNormative"] = "true";
            f["effectiveOn"] = "2026-06-30";
        });
        await PublishedOnAsync(uninterpreted, new DateOnly(2026, 6, 30));
    }

    private async Task<List<CatalogCategory>> CategoriesAsync()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == Agency).Select(a => a.Id).SingleAsync();
        var categories = await scope.ServiceProvider.GetRequiredService<AgencyCatalog>().EnsureAsync(agencyId);
        return [.. categories.OrderBy(c => c.SortOrder)];
    }

    private async Task PublishInterpretationAsync(DocumentSteps.Staff staff, Guid documentId, DateOnly publishedOn)
    {
        Guid id;
        await using (var scope = factory.Scope())
        {
            id = await factory.Db(scope).Set<InterpretedDocument>().Where(l => l.DocumentId == documentId).Select(l => l.InterpretationId).SingleAsync();
        }

        await InterpretationSteps.DoAsync(staff.Drafter, Agency, id, "Submit");
        await InterpretationSteps.DoAsync(staff.Office, Agency, id, "PassOfficeReview");
        await InterpretationSteps.DoAsync(staff.Confidentiality, Agency, id, "PassConfidentialityReview");
        await InterpretationSteps.DoAsync(staff.Disclosure, Agency, id, "Publish");
        await ArrangeAsync<Interpretation>(i => i.Id == id, s => s
            .SetProperty(i => i.PublishedOn, (DateOnly?)publishedOn)
            .SetProperty(i => i.PublishedAt, (DateTime?)Instant(publishedOn)));
    }

    private Task PublishedOnAsync(Guid documentId, DateOnly publishedOn) =>
        ArrangeAsync<Document>(d => d.Id == documentId, s => s
            .SetProperty(d => d.PublishedOn, (DateOnly?)publishedOn)
            .SetProperty(d => d.PublishedAt, (DateTime?)Instant(publishedOn)));

    // ----- Applications -----

    private async Task ApplicationsAsync()
    {
        var flow = new CaseFlow(factory);
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");

        // Received Monday 20 April in person: 20 working days (1–5 May off, 9 May worked) end on Wednesday 20 May;
        // replied that very day, in time, 20 working days.
        var onDueDate = await RegisterAsync(office, nameof(ReceiptChannel.InPerson), new DateOnly(2026, 4, 20));
        await ReplyAsync(flow, office, handler, onDueDate, CaseFlow.DisclosedDecision, new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20));

        // A company by registered mail, received Monday 1 June, withheld (third party), replied Thursday 4 June: 3 days.
        var company = await RegisterAsync(office, nameof(ReceiptChannel.RegisteredMail), new DateOnly(2026, 6, 1), CaseSteps.AsOrganization);
        await ReplyAsync(flow, office, handler, company, new()
        {
            ["outcome"] = "WithheldThirdParty",
            ["replyType"] = "Withheld",
            ["note"] = "所需信息涉及第三方商业秘密，第三方不同意公开（《条例》第十五条）。",
            ["details"] = "",
        }, new DateOnly(2026, 6, 4), new DateOnly(2026, 6, 4));

        // Received Wednesday 6 May, due Tuesday 2 June, replied Tuesday 30 June: late, 39 working days (端午 19 June off).
        var late = await RegisterAsync(office, nameof(ReceiptChannel.InPerson), new DateOnly(2026, 5, 6));
        await ReplyAsync(flow, office, handler, late, CaseFlow.DisclosedDecision, new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30));

        // Received and decided the day before the range, replied on its first day: its reply counts, its receipt and
        // its outcome do not. 1 working day.
        var before = await RegisterAsync(office, nameof(ReceiptChannel.InPerson), new DateOnly(2026, 3, 31));
        await ReplyAsync(flow, office, handler, before, CaseFlow.DisclosedDecision, new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1));

        // Received by fax on the last day, still being handled; and one received the day after.
        await RegisterAsync(office, nameof(ReceiptChannel.Fax), new DateOnly(2026, 6, 30));
        await RegisterAsync(office, nameof(ReceiptChannel.Fax), new DateOnly(2026, 7, 1));
    }

    private static Task<Guid> RegisterAsync(StaffClient office, string channel, DateOnly receivedOn, Action<Dictionary<string, string>>? change = null) =>
        CaseSteps.RegisterAsync(office, Agency, f =>
        {
            f["channel"] = channel;
            f["receivedOn"] = CaseFlow.Iso(receivedOn);
            change?.Invoke(f);
        });

    private async Task ReplyAsync(CaseFlow flow, StaffClient office, StaffClient handler, Guid id, Dictionary<string, string> decision, DateOnly decidedOn, DateOnly repliedOn)
    {
        await CaseFlow.DoAsync(office, Agency, id, "Assign", await flow.AssignFieldsAsync(Agency));
        await CaseFlow.DoAsync(handler, Agency, id, "Decide", decision);
        await CaseFlow.DoAsync(office, Agency, id, "Reply");
        await flow.ArrangeAsync(id, s => s.SetProperty(a => a.DecidedOn, (DateOnly?)decidedOn).SetProperty(a => a.RepliedOn, (DateOnly?)repliedOn));
    }

    // ----- Consultations and comments -----

    private async Task ConsultationsAsync()
    {
        var steps = new ConsultationSteps(factory);
        var (officer, id) = await steps.OpenAsync("统计：关于失业保险金申领的办法（征求意见稿）");
        foreach (var text in new[] { "意见一：建议明确申领时限。", "意见二：建议简化材料。", "意见三：与本办法无关的广告。", "意见四：最后一刻提交。", "意见五：区间之后提交。" })
        {
            await steps.CommentAsync(id, text);
        }

        var comments = await steps.CommentsAsync(id);
        Guid Comment(string prefix) => comments.Single(c => c.Text.StartsWith(prefix, StringComparison.Ordinal)).Id;
        await steps.ActAsync(officer, id, "approve", new() { ["commentId"] = Comment("意见一").ToString() });
        await steps.ActAsync(officer, id, "approve", new() { ["commentId"] = Comment("意见二").ToString() });
        await steps.ActAsync(officer, id, "refuse", new() { ["commentId"] = Comment("意见三").ToString(), ["reason"] = "与征求意见稿无关的广告。" });
        await steps.ActAsync(officer, id, "approve", new() { ["commentId"] = Comment("意见五").ToString() });
        await steps.CloseAsync(id);
        await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = Comment("意见一").ToString(), ["answer"] = "Adopted" });
        await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = Comment("意见二").ToString(), ["answer"] = "PartlyAdopted", ["reason"] = "保留身份证明材料。" });
        await steps.ActAsync(officer, id, "answer", new() { ["commentId"] = Comment("意见五").ToString(), ["answer"] = "NotAdopted", ["reason"] = "上位法已有规定。" });

        await ArrangeAsync<Consultation>(c => c.Id == id, s => s.SetProperty(c => c.OpensOn, new DateOnly(2026, 5, 10)).SetProperty(c => c.ClosesOn, new DateOnly(2026, 6, 10)));
        var early = new DateTime(2026, 5, 12, 2, 0, 0, DateTimeKind.Utc);
        foreach (var prefix in new[] { "意见一", "意见二", "意见三" })
        {
            var commentId = Comment(prefix);
            await ArrangeAsync<ConsultationComment>(c => c.Id == commentId, s => s.SetProperty(c => c.SubmittedAt, early));
        }

        // 23:59:59 on 30 June in Beijing is inside the range; midnight, 1 July in Beijing, is outside.
        var lastSecond = Comment("意见四");
        await ArrangeAsync<ConsultationComment>(c => c.Id == lastSecond, s => s.SetProperty(c => c.SubmittedAt, new DateTime(2026, 6, 30, 15, 59, 59, DateTimeKind.Utc)));
        var afterwards = Comment("意见五");
        await ArrangeAsync<ConsultationComment>(c => c.Id == afterwards, s => s.SetProperty(c => c.SubmittedAt, new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc)));

        // Opened the day after the range; and a draft never put out, dated inside it: neither counts.
        var (_, later) = await steps.OpenAsync("统计：区间之后发布的征求意见");
        await ArrangeAsync<Consultation>(c => c.Id == later, s => s.SetProperty(c => c.OpensOn, new DateOnly(2026, 7, 1)).SetProperty(c => c.ClosesOn, new DateOnly(2026, 7, 31)));
        var draft = await steps.CreateAsync(officer, "统计：未发布的征求意见稿", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(29));
        await ArrangeAsync<Consultation>(c => c.Id == draft, s => s.SetProperty(c => c.OpensOn, new DateOnly(2026, 5, 1)).SetProperty(c => c.ClosesOn, new DateOnly(2026, 5, 31)));
    }

    // ----- Mailbox -----

    private async Task MailboxAsync()
    {
        var officer = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");

        // Received Tuesday 28 April; 10 working days end Thursday 14 May; answered Tuesday 12 May: in time, 8 days.
        await MessageAsync(officer, handler, "统计来信一", new DateOnly(2026, 4, 28), new DateOnly(2026, 5, 12));

        // Received Monday 1 June, due Monday 15 June, answered Monday 22 June: late, 14 working days (端午 19 June off).
        await MessageAsync(officer, handler, "统计来信二", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 22));

        // Received on the first day and never answered: more than three months now.
        await MessageAsync(officer, handler, "统计来信三", new DateOnly(2026, 4, 1), null);

        // Received the day after the range, answered.
        await MessageAsync(officer, handler, "统计来信四", new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2));

        // Another agency's unanswered message inside the range: on the platform page only.
        await MessageAsync(null, null, "统计来信五", new DateOnly(2026, 5, 6), null, OtherAgency);
    }

    private async Task MessageAsync(StaffClient? officer, StaffClient? handler, string subject, DateOnly receivedOn, DateOnly? answeredOn, string agency = Agency)
    {
        var (number, _) = await MailboxSteps.WriteAsync(factory.Anonymous(), MailboxSteps.Form(subject), agency);
        Guid id;
        int answerDays;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var agencyId = await db.Agencies.Where(a => a.Code == agency).Select(a => a.Id).SingleAsync();
            var message = await db.Set<Message>().AsNoTracking().SingleAsync(m => m.Number == number && m.AgencyId == agencyId);
            id = message.Id;
            answerDays = message.AnswerWorkingDays;
        }

        if (answeredOn is not null)
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await MailboxSteps.ActAsync(officer!, id, "Assign", await MailboxSteps.AssignmentAsync(factory))).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await MailboxSteps.ActAsync(handler!, id, "Answer", new() { ["Text"] = "您好，已答复。" })).StatusCode);
        }

        // The due date as the application counts it from the arranged receipt date.
        DateOnly dueOn;
        await using (var scope = factory.Scope())
        {
            var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendar>().CurrentAsync();
            dueOn = MessageDeadline.DueOn(calendar, receivedOn, answerDays).DueOn;
        }

        await ArrangeAsync<Message>(m => m.Id == id, s => s
            .SetProperty(m => m.ReceivedOn, receivedOn)
            .SetProperty(m => m.DueOn, dueOn)
            .SetProperty(m => m.SubmittedAt, Instant(receivedOn))
            .SetProperty(m => m.AnsweredOn, answeredOn));
    }

    // ----- Arranging -----

    private async Task ArrangeAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> which, Action<UpdateSettersBuilder<T>> set)
        where T : class
    {
        await using var scope = factory.Scope();
        Assert.Equal(1, await factory.Db(scope).Set<T>().Where(which).ExecuteUpdateAsync(set));
    }

    /// <summary>10:00 in Beijing on the date, as the UTC instant stored.</summary>
    private static DateTime Instant(DateOnly date) => DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);
}
