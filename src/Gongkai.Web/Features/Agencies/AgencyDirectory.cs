using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies;

/// <summary>Finds agencies for the public pages and the back office; other features use it to resolve /{agency}/.</summary>
public sealed class AgencyDirectory(GongkaiDbContext db)
{
    public Task<Agency?> FindAsync(string code) =>
        db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToLowerInvariant());

    public async Task<IReadOnlyList<Agency>> AllAsync() =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.SortOrder).ThenBy(a => a.FullName).ToListAsync();
}
