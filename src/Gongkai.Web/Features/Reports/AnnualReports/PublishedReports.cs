using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>The one gate to reports the public may read: published ones only, for the column, downloads, API and sitemap.</summary>
public sealed class PublishedReports(GongkaiDbContext db)
{
    public IQueryable<AnnualReport> Of(Guid agencyId) =>
        db.Set<AnnualReport>().AsNoTracking().Where(r => r.AgencyId == agencyId && r.Status == AnnualReportStatus.Published);

    public Task<AnnualReport?> FindAsync(Guid agencyId, int year, CancellationToken cancellationToken) =>
        Of(agencyId).SingleOrDefaultAsync(r => r.Year == year, cancellationToken);

    /// <summary>The years published per agency, for the sitemap.</summary>
    public async Task<ILookup<Guid, int>> YearsEverywhereAsync(CancellationToken cancellationToken) =>
        (await db.Set<AnnualReport>().AsNoTracking().Where(r => r.Status == AnnualReportStatus.Published)
            .Select(r => new { r.AgencyId, r.Year }).ToListAsync(cancellationToken))
        .ToLookup(r => r.AgencyId, r => r.Year);
}
