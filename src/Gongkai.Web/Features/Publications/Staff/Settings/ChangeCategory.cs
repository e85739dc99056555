using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>Renames a category, changes its URL code and sort order, or moves it under another category.</summary>
public sealed class ChangeCategory(GongkaiDbContext db)
{
    /// <summary>Returns false when the agency has no such category.</summary>
    public async Task<bool> HandleAsync(Guid agencyId, Guid categoryId, CategoryForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var categories = await db.Set<CatalogCategory>().Where(c => c.AgencyId == agencyId).ToListAsync(cancellationToken);
        var category = categories.SingleOrDefault(c => c.Id == categoryId);
        if (category is null)
        {
            return false;
        }

        var parentId = await CatalogEditor.ParentAsync(db, agencyId, form.ParentId, cancellationToken);
        if (parentId is { } parent && CatalogTree.Subtree(categories, categoryId).Contains(parent))
        {
            throw new DomainException("目录不能移到它自己或它的下级目录之下。");
        }

        category.Rename(form.Name ?? "", form.Slug ?? "", CatalogEditor.SortOrder(form.SortOrder, category.SortOrder));
        category.MoveUnder(parentId);
        await CatalogEditor.EnsureSlugFreeAsync(db, agencyId, category.Slug, category.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
