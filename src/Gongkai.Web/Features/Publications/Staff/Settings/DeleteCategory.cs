using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>Deletes an empty category: one that still has documents or sub-categories is refused.</summary>
public sealed class DeleteCategory(GongkaiDbContext db)
{
    /// <summary>Returns false when the agency has no such category.</summary>
    public async Task<bool> HandleAsync(Guid agencyId, Guid categoryId, CancellationToken cancellationToken = default)
    {
        var category = await db.Set<CatalogCategory>().SingleOrDefaultAsync(c => c.Id == categoryId && c.AgencyId == agencyId, cancellationToken);
        if (category is null)
        {
            return false;
        }

        var documents = await db.Set<Document>().CountAsync(d => d.CategoryId == categoryId, cancellationToken);
        if (documents > 0)
        {
            throw new DomainException($"目录“{category.Name}”下还有{documents}份文件（含草稿和已撤回的文件），不能删除。");
        }

        if (await db.Set<CatalogCategory>().AnyAsync(c => c.ParentId == categoryId, cancellationToken))
        {
            throw new DomainException($"目录“{category.Name}”下还有子目录，请先删除或移走子目录。");
        }

        db.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
