using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>An agency's catalog tree; an agency that has none yet gets the default 人社 catalog on first use.</summary>
public sealed class AgencyCatalog(GongkaiDbContext db)
{
    public async Task<IReadOnlyList<CatalogCategory>> EnsureAsync(Guid agencyId)
    {
        var categories = await db.Set<CatalogCategory>().Where(c => c.AgencyId == agencyId).OrderBy(c => c.SortOrder).ToListAsync();
        if (categories.Count > 0)
        {
            return categories;
        }

        var created = DefaultCatalog.For(agencyId).ToList();
        db.AddRange(created);
        if (await db.Set<PublicationSettings>().FindAsync(agencyId) is null)
        {
            db.Add(new PublicationSettings(agencyId));
        }

        await db.SaveChangesAsync();
        return created;
    }
}
