using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>One step on a stored report (edit, recompute, submit, return, publish), saved in one transaction.</summary>
internal sealed class ChangeAnnualReport(GongkaiDbContext db, ComputeReportFigures compute, TimeProvider time)
{
    /// <summary>False when the agency has no report for the year.</summary>
    public async Task<bool> HandleAsync(Guid agencyId, int year, Func<ReportChange, Task> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var report = await db.Set<AnnualReport>().Include(r => r.History)
            .SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken);
        if (report is null)
        {
            return false;
        }

        await step(new ReportChange(report, ChineseDate.Today(time), time.GetUtcNow().UtcDateTime,
            () => compute.HandleAsync(agencyId, year, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

internal sealed record ReportChange(AnnualReport Report, DateOnly Today, DateTime Now, Func<Task<ReportFigures>> ComputeAsync);
