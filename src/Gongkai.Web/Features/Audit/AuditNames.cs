using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Audit;

/// <summary>
/// The names behind the ids an agency's log mentions (agencies, its departments and staff), so a reader sees
/// “办公室” instead of a GUID. Deleted records keep their bare id.
/// </summary>
public sealed class AuditNames(GongkaiDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> HandleAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ShortName }).ToListAsync(cancellationToken))
        {
            names[a.Id.ToString()] = a.ShortName;
        }

        foreach (var d in await db.Departments.AsNoTracking().Where(d => d.AgencyId == agencyId).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
        {
            names[d.Id.ToString()] = d.Name;
        }

        foreach (var u in await db.Users.AsNoTracking().Where(u => u.AgencyId == agencyId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
        {
            names[u.Id.ToString()] = u.DisplayName;
        }

        return names;
    }
}
