using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// 条例第四十九条 for supervision: from 1 January until the last year's report is published, a running deadline due
/// 31 January (overdue after it), one per agency.
/// </summary>
internal sealed class AnnualReportDeadlines(GongkaiDbContext db) : IDeadlineSource
{
    public async Task<IReadOnlyList<RunningDeadline>> RunningAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken)
    {
        var year = today.Year - 1;
        var dueOn = new DateOnly(today.Year, 1, 31);
        var agencies = db.Agencies.AsNoTracking();
        if (agencyIds is not null)
        {
            agencies = agencies.Where(a => agencyIds.Contains(a.Id));
        }

        var published = db.Set<AnnualReport>().Where(r => r.Year == year && r.Status == AnnualReportStatus.Published).Select(r => r.AgencyId);
        var reports = db.Set<AnnualReport>().Where(r => r.Year == year);
        var rows = await agencies.Where(a => !published.Contains(a.Id))
            .Select(a => new { a.Id, a.Code, ReportId = reports.Where(r => r.AgencyId == a.Id).Select(r => (Guid?)r.Id).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new RunningDeadline(
            DeadlineKind.AnnualReport, a.Id, a.ReportId ?? a.Id, $"{year}年度政府信息公开工作年度报告", dueOn,
            a.ReportId is null ? AnnualReportUrls.StaffList(a.Code) : AnnualReportUrls.StaffDetails(a.Code, year), null, null))];
    }
}
