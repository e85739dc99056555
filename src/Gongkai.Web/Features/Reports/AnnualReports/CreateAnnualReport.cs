using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>A new report for a year: computed from the records with the 总体情况 draft, or empty for entry by hand.</summary>
internal sealed class CreateAnnualReport(GongkaiDbContext db, ComputeReportFigures compute, OverviewDraft overview, TimeProvider time)
{
    public async Task<AnnualReport> HandleAsync(Agency agency, int year, bool manual, StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        if (await db.Set<AnnualReport>().AnyAsync(r => r.AgencyId == agency.Id && r.Year == year, cancellationToken))
        {
            throw new DomainException($"{year}年度的年度报告已经存在。");
        }

        var today = ChineseDate.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var report = manual
            ? AnnualReport.EnterByHand(Guid.NewGuid(), agency.Id, year, actor, today, now)
            : AnnualReport.Compute(Guid.NewGuid(), agency.Id, year, await compute.HandleAsync(agency.Id, year, cancellationToken),
                await overview.HandleAsync(agency.Id, agency.FullName, year, cancellationToken), actor, today, now);
        db.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
