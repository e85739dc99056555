using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Features.Participation.Consultations.Decisions;
using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Demo;

/// <summary>
/// 公众参与 in 镇江市人社局, marked as demo data: one consultation open now with approved comments (and one still awaiting
/// moderation), one closed in 2024 whose adoption report is published, two catalog items of major decisions linked to
/// them (the 2024 one to the 规程 it resulted in), and mailbox messages — two answered and published, one just received,
/// one assigned and overdue. Dated back from today. Idempotent: each part is skipped when the agency already has any.
/// </summary>
internal sealed class DemoParticipation(GongkaiDbContext db, TimeProvider time)
{
    public const string AgencyCode = "zhenjiang";
    public const string OpenTitle = "关于《镇江市就业困难人员认定办法（征求意见稿）》公开征求意见的公告";
    public const string ClosedTitle = "关于《镇江市失业保险稳岗返还经办规程（征求意见稿）》公开征求意见的公告";
    public const string PublishedSubject = "灵活就业人员如何申请社会保险补贴？";
    public const string OverdueSubject = "建议延长公共就业服务大厅周末开放时间";

    private const string Demo = "（本条为平台演示数据。）";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == AgencyCode, cancellationToken);
        var office = agency is null ? null : await DemoStaff.ActorAsync(db, AgencyCode, agency.Id, StaffRole.DisclosureOfficer, cancellationToken);
        var drafter = agency is null ? null : await DemoStaff.ActorAsync(db, AgencyCode, agency.Id, StaffRole.Drafter, cancellationToken);
        var handler = agency is null ? null : await DemoStaff.ActorAsync(db, AgencyCode, agency.Id, StaffRole.Handler, cancellationToken);
        if (agency is null || office is null || drafter is null || handler is null)
        {
            return;
        }

        if (!await db.Set<Consultation>().AnyAsync(c => c.AgencyId == agency.Id, cancellationToken))
        {
            await AddConsultationsAsync(agency.Id, drafter, office, cancellationToken);
        }

        if (!await db.Set<Message>().AnyAsync(m => m.AgencyId == agency.Id, cancellationToken))
        {
            await AddMessagesAsync(agency.Id, office, handler, cancellationToken);
        }
    }

    private async Task AddConsultationsAsync(Guid agencyId, StaffActor drafter, StaffActor office, CancellationToken cancellationToken)
    {
        var today = ChineseDate.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var minimum = ConsultationSettings.DefaultMinimumDays;

        var opensOn = today.AddDays(-10);
        var open = Consultation.Create(agencyId, new ConsultationDraft(
            OpenTitle,
            $"为规范就业困难人员认定工作，我局起草了《镇江市就业困难人员认定办法（征求意见稿）》，现向社会公开征求意见。{Demo}",
            "<p>第一条 为规范就业困难人员认定，落实就业援助政策，制定本办法。</p>"
            + "<p>第二条 本办法所称就业困难人员，是指因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业，以及连续失业一定时间仍未能实现就业的人员。</p>"
            + "<p>第三条 就业困难人员认定实行网上申请、承诺制办理，经办机构自受理之日起5个工作日内作出认定。</p>"
            + "<p>第四条 本办法自2027年1月1日起施行。</p>",
            opensOn, opensOn.AddDays(minimum), "就业促进处", "0511-00000003", ""), minimum, drafter, AlreadyPublished.At(opensOn.AddDays(-3), 10));
        open.Open(minimum, office, AlreadyPublished.At(opensOn, 9), opensOn);
        var openComments = new[]
        {
            Comment(open.Id, "第三条", "建议将认定时限由5个工作日缩短为3个工作日，方便群众办事。", "王某", opensOn.AddDays(1)),
            Comment(open.Id, "", "建议在办法中明确认定结果的有效期和复核程序。", "", opensOn.AddDays(2)),
            Comment(open.Id, "第二条", "“连续失业一定时间”的具体时长建议写明。", "李某", opensOn.AddDays(3)),
        };
        openComments[0].Approve(office, AlreadyPublished.At(opensOn.AddDays(2), 9), ConsultationPhase.Open);
        openComments[1].Approve(office, AlreadyPublished.At(opensOn.AddDays(3), 9), ConsultationPhase.Open);

        // In 2024, before the 规程 was issued (DemoDocuments publishes it on 12 June 2024).
        var closedOpens = new DateOnly(2024, 4, 1);
        var closedCloses = new DateOnly(2024, 4, 30);
        var closed = Consultation.Create(agencyId, new ConsultationDraft(
            ClosedTitle,
            $"为规范失业保险稳岗返还经办工作，我局起草了《镇江市失业保险稳岗返还经办规程（征求意见稿）》，现向社会公开征求意见。{Demo}",
            "<p>第一条 为规范失业保险稳岗返还经办工作，根据国家和省有关规定，制定本规程。</p>"
            + "<p>第二条 依法参加失业保险并足额缴纳失业保险费、上年度未裁员或裁员率不高于规定标准的参保单位，可以申请稳岗返还。</p>"
            + "<p>第三条 参保单位向经办机构提交申请表和上年度职工名册，经审核后发放。</p>"
            + "<p>第四条 本规程自2024年7月1日起施行。</p>",
            closedOpens, closedCloses, "失业保险处", "0511-00000004", ""), minimum, drafter, AlreadyPublished.At(closedOpens.AddDays(-5), 10));
        closed.Open(minimum, office, AlreadyPublished.At(closedOpens, 9), closedOpens);
        var closedComments = new[]
        {
            Comment(closed.Id, "第三条", "建议取消申请环节，改为“免申即享”，由经办机构比对数据后直接发放。", "张某", closedOpens.AddDays(3)),
            Comment(closed.Id, "第二条", "建议对小微企业适当放宽裁员率标准。", "某企业人事", closedOpens.AddDays(8)),
            Comment(closed.Id, "", "建议将稳岗返还比例提高到单位缴费的100%。", "", closedOpens.AddDays(15)),
            Comment(closed.Id, "", "（与征求意见稿无关的广告内容）", "", closedOpens.AddDays(16)),
        };
        foreach (var comment in closedComments.Take(3))
        {
            comment.Approve(office, AlreadyPublished.At(closedOpens.AddDays(17), 9), ConsultationPhase.Open);
        }

        closedComments[3].Refuse("内容为商业广告，与征求意见稿无关。", office, AlreadyPublished.At(closedOpens.AddDays(17), 9), ConsultationPhase.Open);
        closedComments[0].AnswerWith(CommentAnswer.Adopted, "", office, ConsultationPhase.Closed);
        closedComments[1].AnswerWith(CommentAnswer.PartlyAdopted, "裁员率标准由国家和省统一规定；规程已明确对30人以下的参保单位按裁员人数不超过参保职工总数20%执行。", office, ConsultationPhase.Closed);
        closedComments[2].AnswerWith(CommentAnswer.NotAdopted, "返还比例由国家和省政策确定，本规程只规定经办程序。", office, ConsultationPhase.Closed);
        // Checked against the day it was published, not today, so a host whose clock stands earlier still loads the demo.
        var reportedOn = new DateOnly(2024, 5, 10);
        closed.PublishReport("共收到公众意见4条，其中1条为与征求意见稿无关的内容不予公开。对其余意见逐条研究，采纳情况如下。", closedComments, office, AlreadyPublished.At(reportedOn, 15), reportedOn);

        db.AddRange(open, closed);
        db.AddRange(openComments);
        db.AddRange(closedComments);
        await db.SaveChangesAsync(cancellationToken);

        if (await db.Set<MajorDecision>().AnyAsync(d => d.AgencyId == agencyId, cancellationToken))
        {
            return;
        }

        var regulation = await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.Title == DemoInterpretations.NormativeTitle && d.Status == DocumentStatus.Published)
            .Select(d => d.IndexNumber).FirstOrDefaultAsync(cancellationToken);
        db.AddRange(
            MajorDecision.Create(agencyId, new MajorDecisionInput(
                today.Year, "制定《镇江市就业困难人员认定办法》", "就业促进处", $"{today.Year}年第四季度", DecisionStatus.InProgress, true, open.Id, "",
                new Dictionary<DecisionStep, (StepState, string)>
                {
                    [DecisionStep.PublicParticipation] = (StepState.InProgress, "正在公开征求意见。"),
                    [DecisionStep.ExpertReview] = (StepState.Completed, "已召开专家论证会。"),
                    [DecisionStep.RiskAssessment] = (StepState.InProgress, ""),
                    [DecisionStep.LegalityReview] = (StepState.NotStarted, ""),
                    [DecisionStep.CollectiveDecision] = (StepState.NotStarted, ""),
                }), office.Name, now),
            MajorDecision.Create(agencyId, new MajorDecisionInput(
                2024, "制定《镇江市失业保险稳岗返还经办规程》", "失业保险处", "2024年6月", DecisionStatus.Decided, true, closed.Id, regulation ?? "",
                new Dictionary<DecisionStep, (StepState, string)>
                {
                    [DecisionStep.PublicParticipation] = (StepState.Completed, "2024年4月公开征求意见，已公布意见采纳情况。"),
                    [DecisionStep.ExpertReview] = (StepState.Completed, ""),
                    [DecisionStep.RiskAssessment] = (StepState.NotApplicable, "只规定经办程序，不增加单位和个人负担，经评估无需开展社会稳定风险评估。"),
                    [DecisionStep.LegalityReview] = (StepState.Completed, ""),
                    [DecisionStep.CollectiveDecision] = (StepState.Completed, "经局长办公会议审议通过。"),
                }), office.Name, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ConsultationComment Comment(Guid consultationId, string article, string text, string name, DateOnly on) =>
        new(consultationId, article, text, name, "", AlreadyPublished.At(on, 20), moderated: true);

    private async Task AddMessagesAsync(Guid agencyId, StaffActor office, StaffActor handler, CancellationToken cancellationToken)
    {
        var calendar = WorkingDayCalendar.Official;
        var today = ChineseDate.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var period = MailboxSettings.DefaultAnswerWorkingDays;
        var department = await db.Departments.AsNoTracking().Where(d => d.AgencyId == agencyId && d.Name == "就业促进处").FirstOrDefaultAsync(cancellationToken);
        var numbers = new MessageNumbers(db);
        async Task<Message> WriteAsync(MessageBox box, MessageCategory category, string subject, string body, string name, DateOnly receivedOn)
        {
            var number = await numbers.NextAsync(agencyId, receivedOn.Year, cancellationToken);
            return Message.Write(Guid.NewGuid(), agencyId, number, QueryCode.Hash(number, DemoApplications.QueryCodeOfEveryCase),
                new MessageDetails(box, category, subject, $"{body}{Demo}", name, "13900000000", "", KeepPrivate: false), receivedOn, period, calendar,
                receivedOn == today ? now : AlreadyPublished.At(receivedOn, 10));
        }

        var answered = await WriteAsync(MessageBox.Inquiry, MessageCategory.PolicyQuestion, PublishedSubject,
            "我是灵活就业人员，已缴纳养老保险，请问社会保险补贴需要准备哪些材料、在哪里申请？", "示例来信人甲", today.AddDays(-40));
        answered.Reply(office, "符合条件的灵活就业人员可通过“镇江人社”网上办事大厅或到户籍所在地街道（镇）人社服务窗口申请，需提供身份证和就业困难人员认定材料，补贴按季度发放。",
            today.AddDays(-36), AlreadyPublished.At(today.AddDays(-36), 15));
        answered.Publish(office, today.AddDays(-35), AlreadyPublished.At(today.AddDays(-35), 9));

        var suggestion = await WriteAsync(MessageBox.LeaderMailbox, MessageCategory.Suggestion, "建议在人社服务窗口增加适老化设施",
            "老年人到窗口办理养老保险待遇认证时常需要排队，建议增加座椅和老花镜等便民设施。", "示例来信人乙", today.AddDays(-30));
        suggestion.Reply(office, "感谢您的建议。我局已在各人社服务窗口设置老年人优先窗口，并配备座椅、老花镜和放大镜等便民设施。",
            today.AddDays(-25), AlreadyPublished.At(today.AddDays(-25), 15));
        suggestion.Publish(office, today.AddDays(-25), AlreadyPublished.At(today.AddDays(-25), 16));

        var pending = await WriteAsync(MessageBox.Inquiry, MessageCategory.PolicyQuestion, "失业保险金可以领取多长时间？",
            "我在单位工作了6年，被解除劳动合同，请问可以领取多长时间的失业保险金？", "示例来信人丙", today);

        var overdue = await WriteAsync(MessageBox.LeaderMailbox, MessageCategory.Suggestion, OverdueSubject,
            "上班族工作日没有时间办事，建议公共就业服务大厅周六上午开放。", "示例来信人丁", today.AddDays(-30));
        if (department is not null && handler.Id is { } handlerId)
        {
            overdue.Assign(office, department.Id, department.Name, handlerId, handler.Name, AlreadyPublished.At(today.AddDays(-29), 10));
        }

        db.AddRange(answered, suggestion, pending, overdue);
        await db.SaveChangesAsync(cancellationToken);
    }
}
