using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>Adds a category to an agency's catalog, at the top level or under another category.</summary>
public sealed class AddCategory(GongkaiDbContext db, AgencyCatalog catalog)
{
    public async Task<CatalogCategory> HandleAsync(Guid agencyId, CategoryForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await catalog.EnsureAsync(agencyId);
        var parentId = await CatalogEditor.ParentAsync(db, agencyId, form.ParentId, cancellationToken);
        var sortOrder = CatalogEditor.SortOrder(form.SortOrder, await CatalogEditor.NextSortOrderAsync(db, agencyId, parentId, cancellationToken));
        var category = new CatalogCategory(Guid.NewGuid(), agencyId, parentId, form.Name ?? "", form.Slug ?? "", sortOrder);
        await CatalogEditor.EnsureSlugFreeAsync(db, agencyId, category.Slug, null, cancellationToken);
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }
}
