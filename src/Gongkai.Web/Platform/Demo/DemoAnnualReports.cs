using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Reports.AnnualReports;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Demo;

/// <summary>
/// 镇江市人社局's annual reports: last year's computed from the demo records and published, and the year before
/// entered by hand (手工录入) with invented figures that balance. The narrative is written for the demo. Idempotent.
/// </summary>
internal sealed class DemoAnnualReports(GongkaiDbContext db, TimeProvider time)
{
    private const string AgencyCode = "zhenjiang";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == AgencyCode, cancellationToken);
        if (agency is null || await db.Set<AnnualReport>().AnyAsync(r => r.AgencyId == agency.Id, cancellationToken))
        {
            return;
        }

        var office = await ActorAsync(agency.Id, StaffRole.DisclosureOfficer, cancellationToken);
        var leader = await ActorAsync(agency.Id, StaffRole.Leader, cancellationToken);
        if (office is null || leader is null)
        {
            return;
        }

        var today = ChineseDate.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var last = today.Year - 1;
        var computed = await new ComputeReportFigures(db).HandleAsync(agency.Id, last, cancellationToken);
        var overview = await new OverviewDraft(db).HandleAsync(agency.Id, agency.FullName, last, cancellationToken);
        var current = AnnualReport.Compute(Guid.NewGuid(), agency.Id, last, computed, overview, office, today, now);
        var entered = computed.Copy();
        entered.Set("p.permits", 126);
        entered.Set("p.penalties", 18);
        entered.Set("p.enforcements", 0);
        entered.Set("p.fees", 0);
        current.Edit(ReportText.Sanitized(overview, "", "", "",
            "一是政策解读的形式还不够丰富，图解和视频解读偏少；二是依申请公开答复书的说理还需加强。下一步，本局将每季度组织一次业务培训，并对答复文书开展交叉评查。",
            "本年度未收取政府信息公开信息处理费。"), entered, office, now);
        current.Submit(computed, office, now);
        current.Publish(leader, today, now);

        var earlier = AnnualReport.EnterByHand(Guid.NewGuid(), agency.Id, last - 1, office, today, now);
        var typed = new ReportFigures();
        foreach (var (key, value) in new (string, decimal)[]
        {
            ("p.normative.made", 3), ("p.normative.repealed", 1), ("p.normative.valid", 21), ("p.permits", 98), ("p.penalties", 11),
            ("a.new.1", 14), ("a.new.2", 2), ("a.carried.1", 1), ("a.10.1", 8), ("a.20.1", 1), ("a.41.1", 3), ("a.52.2", 1), ("a.10.2", 1),
            ("a.next.1", 3), ("c.1.1", 1),
        })
        {
            typed.Set(key, value);
        }

        earlier.Edit(ReportText.Sanitized(
            $"{last - 1}年，本局在市政府门户网站政府信息公开专栏主动公开各类政府信息，依法办理政府信息公开申请。本报告在本局使用政务公开平台之前编制，数据由工作人员录入。",
            "", "", "", "公开内容的时效性有待提高。", "无。"), typed, office, now);
        earlier.Submit(null, office, now);
        earlier.Publish(leader, today, now);
        db.AddRange(current, earlier);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<StaffActor?> ActorAsync(Guid agencyId, string role, CancellationToken cancellationToken)
    {
        var userName = DemoData.UserName(AgencyCode, role);
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName && u.AgencyId == agencyId)
            .Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        return user is null ? null : new StaffActor(user.Id, user.DisplayName, new HashSet<string> { role });
    }
}
