using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Demo.Seeds;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Demo;

/// <summary>
/// Published documents for the demo agencies: each of the five seed documents in the agency that issued it, with its
/// real 文号 and dates and its full text, and three generated documents per agency (marked as demo data) so that no
/// catalog is empty. Each goes through the workflow with the agency's demo accounts, dated on the days it was really
/// written and published. Idempotent: a document whose title the agency already has is skipped.
/// </summary>
internal sealed class DemoDocuments(GongkaiDbContext db)
{
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var catalog = new AgencyCatalog(db);
        var indexNumbers = new IndexNumbers(db);
        foreach (var demo in DemoAgencies.All)
        {
            var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == demo.Id, cancellationToken);
            var actors = agency is null ? null : await ActorsAsync(demo, cancellationToken);
            if (agency is null || actors is null)
            {
                continue;
            }

            var categories = await catalog.EnsureAsync(agency.Id);
            foreach (var document in Seeds.Where(s => s.AgencyCode == demo.Code).Concat(Generated(demo)))
            {
                var category = categories.FirstOrDefault(c => c.Slug == document.CategorySlug);
                if (category is null || await db.Set<Document>().AnyAsync(d => d.AgencyId == agency.Id && d.Title == document.Title, cancellationToken))
                {
                    continue;
                }

                var indexNumber = await indexNumbers.NextAsync(agency, document.PublishedOn.Year);
                db.Add(Publish(document, agency, category, actors, indexNumber));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>The five seeds, each in the agency whose name stands under it, with the metadata written in its text.</summary>
    public static readonly IReadOnlyList<DemoDocument> Seeds =
    [
        // 000: the number heads the text, the issuer and the date close it. The seed has no title line: the title
        // is the one its opening sentence gives (“提出如下实施意见”).
        new("shandong", "关于进一步深化全省人力资源社会保障系统政务公开工作的实施意见", "鲁人社办发〔2014〕61号",
            new DateOnly(2014, 3, 27), new DateOnly(2014, 3, 27), "02", "意见", "laws",
            "就推进行政权力公开透明运行、做好政府信息公开、加强政务公开平台建设和组织领导提出实施意见。", "政务公开;政府信息公开;新闻发布;12333",
            Paragraphs(Seed000.Text), false, null, null),

        // 001: the page's title line, its 时间 line and the 文号 (written ﹝2016﹞ on the page).
        new("beijing", "北京市人力资源和社会保障局政务公开工作重点任务(2016年-2020年)", "京人社办发〔2016〕179号",
            new DateOnly(2016, 9, 23), new DateOnly(2016, 9, 23), "02", "计划", "plans",
            "按2016年、2017年、2018年和2020年底前分阶段列出政务公开工作重点任务。", "政务公开;重点任务;政策解读;政府网站",
            Paragraphs(Seed001.Text, skipFirst: 2), false, null, null),

        // 002: an annual report carries no number and no date in its text. 条例（2007）第三十一条 had the report
        // published by 31 March of the following year, so it is dated then.
        new("zhenjiang", "镇江市人力资源和社会保障局2012年政府信息公开工作年度报告", null,
            new DateOnly(2013, 3, 31), new DateOnly(2013, 3, 31), "02", "报告", "annual-reports",
            "2012年政府信息公开工作的概述、主动公开和依申请公开情况、收费、复议诉讼、问题和改进措施。", "政府信息公开;年度报告",
            Paragraphs(Seed002.Text), false, null, null),

        // 003: the page's title line and its 发布时间, and the “scan to open on your phone” line at the end.
        new("shanghai", "2020年上海市人力资源和社会保障局政务公开工作要点", null,
            new DateOnly(2020, 4, 20), new DateOnly(2020, 4, 20), "02", "计划", "plans",
            "落实《上海市政府信息公开规定》、推动主动公开、做好重点领域公开和加强政务公开平台建设的年度工作要点。", "政务公开;工作要点;政策解读",
            Paragraphs(Seed003.Text, skipFirst: 2, skipLast: 1), false, null, null),

        // 004: the site's sign-in line, its breadcrumb and the page title above the document itself. The three
        // systems it issues take effect on publication (第十条 of the 办法: 自发布之日起施行).
        new("hunjiang", "浑江区人力资源和社会保障局关于印发《浑江区公文公开属性源头认定工作实施方案》、《浑江区人社局政策文件解读实施办法》、《浑江区人社局政务舆情回应制度》的通知",
            "浑江人社字〔2018〕38号",
            new DateOnly(2018, 9, 6), new DateOnly(2018, 9, 6), "02", "通知", "normative",
            "印发公文公开属性源头认定工作实施方案、政策文件解读实施办法和政务舆情回应制度。", "公开属性;源头认定;政策解读;舆情回应",
            Paragraphs(Seed004.Text, skipFirst: 3), true, new DateOnly(2018, 9, 6), null),
    ];

    /// <summary>Three made-up documents of an agency, marked as demo data in summary and text.</summary>
    public static IEnumerable<DemoDocument> Generated(DemoAgency agency)
    {
        var region = agency.ShortName.Replace("人社厅", "", StringComparison.Ordinal).Replace("人社局", "", StringComparison.Ordinal);
        var prefix = agency.Code switch
        {
            "shandong" => "鲁人社发",
            "beijing" => "京人社发",
            "zhenjiang" => "镇人社发",
            "shanghai" => "沪人社发",
            _ => "浑江人社字",
        };
        const string Demo = "（本文件为平台演示数据，并非真实公文。）";
        const string DemoSummary = "演示数据：本文件为平台演示生成，并非真实公文。";

        yield return new(agency.Code, "关于做好2025年高校毕业生等青年就业创业工作的通知", $"{prefix}〔2025〕8号",
            new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 14), "15.01", "通知", "employment", DemoSummary, "就业;高校毕业生;创业",
            Paragraphs($"""
                各有关单位：
                为贯彻落实党中央、国务院关于稳就业的决策部署，做好{region}2025年高校毕业生等青年就业创业工作，现就有关事项通知如下。
                一、拓宽就业渠道。鼓励中小微企业吸纳高校毕业生就业，按规定落实一次性吸纳就业补贴和社会保险补贴；稳定机关事业单位招录招聘规模。
                二、加强就业服务。举办“就业服务月”“百日千万招聘”等专项活动，为离校未就业毕业生提供实名登记、职业指导和岗位推荐服务。
                三、支持创业创新。落实创业担保贷款及贴息政策，为毕业生创业提供场地支持和开业指导。
                四、强化困难帮扶。对低保家庭、残疾等困难毕业生实施“一人一档”“一人一策”精准帮扶。
                五、抓好组织实施。各单位要明确责任分工，加强政策宣传解读，确保各项措施落到实处。
                {agency.FullName}
                2025年3月10日
                {Demo}
                """), false, null, null);

        yield return new(agency.Code, "关于公布2024年度社会保险基金收支情况的公告", null,
            new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 21), "15.02", "公告", "social-insurance", DemoSummary, "社会保险;基金收支;信息披露",
            Paragraphs($"""
                根据社会保险信息披露制度的要求，现将{region}2024年度企业职工基本养老保险、失业保险和工伤保险的参保人数、待遇支付和基金收支情况公告如下。
                一、参保情况。截至2024年底，三项社会保险参保人数均较上年有所增长。
                二、待遇支付情况。各项社会保险待遇按时足额发放，未发生拖欠。
                三、基金收支情况。各项基金收支平衡，运行平稳。
                详细数据见附表。
                特此公告。
                {agency.FullName}
                2025年4月18日
                {Demo}
                """), false, null, null);

        yield return new(agency.Code, $"关于印发《{region}失业保险稳岗返还经办规程》的通知", $"{prefix}〔2024〕21号",
            new DateOnly(2024, 6, 5), new DateOnly(2024, 6, 12), "15.02", "通知", "normative", DemoSummary, "失业保险;稳岗返还;经办规程",
            Paragraphs($"""
                各有关单位：
                现将《{region}失业保险稳岗返还经办规程》印发给你们，请认真贯彻执行。
                第一条 为规范失业保险稳岗返还经办工作，根据国家和省有关规定，制定本规程。
                第二条 依法参加失业保险并足额缴纳失业保险费、上年度未裁员或裁员率不高于规定标准的参保单位，可以申请稳岗返还。
                第三条 稳岗返还实行“免申即享”，经办机构通过大数据比对确定符合条件的单位，经公示无异议后发放。
                第四条 本规程自2024年7月1日起施行，有效期至2029年6月30日。
                {agency.FullName}
                2024年6月5日
                {Demo}
                """), true, new DateOnly(2024, 7, 1), new DateOnly(2029, 6, 30));
    }

    /// <summary>Every non-blank line of the text, trimmed and HTML-escaped, in a paragraph; page lines at either end left out.</summary>
    public static string Paragraphs(string text, int skipFirst = 0, int skipLast = 0)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return string.Join("\n", lines.Skip(skipFirst).Take(lines.Count - skipFirst - skipLast).Select(l => $"<p>{ImportValues.Escape(l)}</p>"));
    }

    private static Document Publish(DemoDocument demo, Agency agency, CatalogCategory category, Actors actors, string indexNumber)
    {
        var content = new DocumentContent(
            demo.Title, demo.Number, "", demo.WrittenOn, demo.Topic, demo.Genre, category.Id, demo.Summary, demo.Keywords, demo.BodyHtml,
            demo.IsNormative, demo.EffectiveOn, demo.ExpiresOn, NeedsInterpretation: false);
        var written = demo.WrittenOn;
        var document = new Document(Guid.NewGuid(), agency.Id, actors.Drafter.Id!.Value, content, ImportRowChecker.Proactive,
            PublicationDeadline.DueOn(WorkingDayCalendar.Official, written), AlreadyPublished.At(written, 9));
        document.Submit(actors.Drafter, AlreadyPublished.At(written, 9, 30));
        document.PassOfficeReview(actors.Office, "公开属性为主动公开，同意。", AlreadyPublished.At(written, 10, 30));
        document.PassConfidentialityReview(actors.Confidentiality, "经审查不涉及国家秘密、工作秘密、商业秘密和个人隐私。", AlreadyPublished.At(written, 14));
        document.Publish(actors.Disclosure, indexNumber, demo.PublishedOn, AlreadyPublished.At(demo.PublishedOn, 16));
        return document;
    }

    private async Task<Actors?> ActorsAsync(DemoAgency agency, CancellationToken cancellationToken)
    {
        string[] roles = [StaffRole.Drafter, StaffRole.OfficeReviewer, StaffRole.ConfidentialityReviewer, StaffRole.DisclosureOfficer];
        var names = roles.Select(r => DemoData.UserName(agency.Code, r)).ToList();
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!) && u.AgencyId == agency.Id)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
        var actors = roles.Select(role =>
        {
            var user = users.FirstOrDefault(u => u.UserName == DemoData.UserName(agency.Code, role));
            return user is null ? null : new StaffActor(user.Id, user.DisplayName, new HashSet<string> { role });
        }).ToList();
        return actors.Any(a => a is null) ? null : new Actors(actors[0]!, actors[1]!, actors[2]!, actors[3]!);
    }

    private sealed record Actors(StaffActor Drafter, StaffActor Office, StaffActor Confidentiality, StaffActor Disclosure);
}

/// <summary>A document the demo publishes: where, what, and its metadata.</summary>
internal sealed record DemoDocument(
    string AgencyCode,
    string Title,
    string? Number,
    DateOnly WrittenOn,
    DateOnly PublishedOn,
    string Topic,
    string Genre,
    string CategorySlug,
    string Summary,
    string Keywords,
    string BodyHtml,
    bool IsNormative,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn);
