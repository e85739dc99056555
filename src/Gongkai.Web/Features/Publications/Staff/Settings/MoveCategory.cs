using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>Moves a category one place up or down among its siblings, renumbering them so the order is unambiguous.</summary>
public sealed class MoveCategory(GongkaiDbContext db)
{
    /// <summary>Returns false when the agency has no such category.</summary>
    public async Task<bool> HandleAsync(Guid agencyId, Guid categoryId, bool up, CancellationToken cancellationToken = default)
    {
        var category = await db.Set<CatalogCategory>().SingleOrDefaultAsync(c => c.Id == categoryId && c.AgencyId == agencyId, cancellationToken);
        if (category is null)
        {
            return false;
        }

        var siblings = (await db.Set<CatalogCategory>()
                .Where(c => c.AgencyId == agencyId && c.ParentId == category.ParentId)
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var index = siblings.IndexOf(category);
        var target = up ? index - 1 : index + 1;
        if (target < 0 || target >= siblings.Count)
        {
            return true;
        }

        (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Rename(siblings[i].Name, siblings[i].Slug, i);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
