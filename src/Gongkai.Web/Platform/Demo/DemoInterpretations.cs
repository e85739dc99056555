using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Demo;

/// <summary>
/// Interpretations of two generated documents of 镇江市人社局 (DemoDocuments), marked as demo data: the 稳岗返还 规程 (a
/// normative document) gets the full 1+2+X — 新闻通稿, 政策问答 and 图解 — published the day the document was; the graduates'
/// notice a 文字解读. Each passes the same review as a real one. Idempotent: skipped when the agency has any interpretation.
/// </summary>
internal sealed class DemoInterpretations(GongkaiDbContext db)
{
    public const string AgencyCode = "zhenjiang";
    public const string NormativeTitle = "关于印发《镇江市失业保险稳岗返还经办规程》的通知";
    public const string NoticeTitle = "关于做好2025年高校毕业生等青年就业创业工作的通知";
    public const string QuestionsTitle = "《镇江市失业保险稳岗返还经办规程》政策问答";

    private const string Demo = "<p>（本解读为平台演示数据，并非真实政策解读。）</p>";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == AgencyCode, cancellationToken);
        if (agency is null || await db.Set<Interpretation>().AnyAsync(i => i.AgencyId == agency.Id, cancellationToken))
        {
            return;
        }

        var normative = await PublishedAsync(agency.Id, NormativeTitle, cancellationToken);
        var notice = await PublishedAsync(agency.Id, NoticeTitle, cancellationToken);
        var drafter = await DemoStaff.ActorAsync(db, AgencyCode, agency.Id, StaffRole.Drafter, cancellationToken);
        var office = await DemoStaff.ActorAsync(db, AgencyCode, agency.Id, StaffRole.OfficeReviewer, cancellationToken);
        var secrecy = await DemoStaff.ActorAsync(db, AgencyCode, agency.Id, StaffRole.ConfidentialityReviewer, cancellationToken);
        var disclosure = await DemoStaff.ActorAsync(db, AgencyCode, agency.Id, StaffRole.DisclosureOfficer, cancellationToken);
        if (normative is null || notice is null || drafter is null || office is null || secrecy is null || disclosure is null)
        {
            return;
        }

        Interpretation Publish(Document document, InterpretationContent content)
        {
            var day = document.PublishedOn!.Value;
            var interpretation = new Interpretation(Guid.NewGuid(), agency.Id, drafter, content, AlreadyPublished.At(day, 8));
            interpretation.Submit(drafter, AlreadyPublished.At(day, 9, 45));
            interpretation.PassOfficeReview(office, "解读内容与文件一致，同意。", AlreadyPublished.At(day, 10, 45));
            interpretation.PassConfidentialityReview(secrecy, "经审查不涉及国家秘密、工作秘密、商业秘密和个人隐私。", AlreadyPublished.At(day, 14, 15));
            interpretation.Publish(disclosure, anyDocumentPublished: true, day, AlreadyPublished.At(day, 16, 30));
            return interpretation;
        }

        // One save each, like the demo documents: items published the same day take their search keys in this order.
        Interpretation[] interpretations =
        [
            Publish(normative, new InterpretationContent(
                "《镇江市失业保险稳岗返还经办规程》新闻通稿", InterpretationForm.PressRelease,
                "<p>近日，镇江市人社局印发《镇江市失业保险稳岗返还经办规程》，自2024年7月1日起施行。</p>"
                + "<p>规程明确，稳岗返还实行“免申即享”：经办机构通过大数据比对确定符合条件的参保单位，经公示无异议后直接发放，单位无需提交申请材料。</p>"
                + "<p>规程的出台，将进一步减轻企业负担、稳定就业岗位。</p>" + Demo,
                null, [], [normative.Id])),
            Publish(normative, new InterpretationContent(
                QuestionsTitle, InterpretationForm.QuestionsAndAnswers, Demo, null,
                [
                    new QuestionAnswer("哪些单位可以享受稳岗返还？", "依法参加失业保险并足额缴纳失业保险费、上年度未裁员或裁员率不高于规定标准的参保单位。"),
                    new QuestionAnswer("单位需要提出申请吗？", "不需要。稳岗返还实行“免申即享”，经办机构通过数据比对确定名单，公示无异议后发放到单位账户。"),
                    new QuestionAnswer("对公示名单有异议怎么办？", "可在公示期内向当地失业保险经办机构提出，并说明理由、提供相关材料。"),
                ],
                [normative.Id])),
            Publish(normative, new InterpretationContent(
                "一图读懂《镇江市失业保险稳岗返还经办规程》", InterpretationForm.Graphic,
                "<p>图解文字版：</p><ol><li>谁能领：依法参保、足额缴费、裁员率不超标的单位。</li>"
                + "<li>怎么领：免申即享，数据比对确定名单。</li><li>何时发：公示无异议后发放到单位账户。</li></ol>" + Demo,
                null, [], [normative.Id])),
            Publish(notice, new InterpretationContent(
                "《关于做好2025年高校毕业生等青年就业创业工作的通知》解读", InterpretationForm.TextInterpretation,
                "<p>一、出台背景。为做好2025年高校毕业生等青年就业创业工作，落实稳就业的决策部署，制定本通知。</p>"
                + "<p>二、主要内容。通知从拓宽就业渠道、加强就业服务、支持创业创新、强化困难帮扶和抓好组织实施五个方面提出措施。</p>"
                + "<p>三、适用对象。离校未就业高校毕业生、低保家庭和残疾等困难毕业生可按规定享受帮扶。</p>" + Demo,
                null, [], [notice.Id])),
        ];
        foreach (var interpretation in interpretations)
        {
            db.Add(interpretation);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Task<Document?> PublishedAsync(Guid agencyId, string title, CancellationToken cancellationToken) =>
        db.Set<Document>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.AgencyId == agencyId && d.Title == title && d.Status == DocumentStatus.Published, cancellationToken);
}
