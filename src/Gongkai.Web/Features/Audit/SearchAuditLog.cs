using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Audit;

public sealed record AuditPage(int Total, int Page, int PageSize, IReadOnlyList<AuditEntry> Items)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One page of an agency's audit log, newest first.</summary>
public sealed class SearchAuditLog(GongkaiDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPage> HandleAsync(Guid agencyId, AuditFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var entries = filter.Apply(db.AuditEntries.AsNoTracking().Where(e => e.AgencyId == agencyId));
        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(total, page, PageSize, items);
    }

    /// <summary>The entity types that occur in the agency's log, for the filter.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var types = await db.AuditEntries.AsNoTracking()
            .Where(e => e.AgencyId == agencyId)
            .Select(e => e.EntityType)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. types.OrderBy(AuditLabels.Entity, StringComparer.Ordinal)];
    }
}
