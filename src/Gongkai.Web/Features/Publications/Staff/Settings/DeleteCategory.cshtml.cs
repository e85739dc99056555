using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>The confirmation step before a catalog category is deleted.</summary>
public sealed class DeleteCategoryModel(AgencyDirectory agencies, GongkaiDbContext db, DeleteCategory delete) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public int DocumentCount { get; private set; }
    public int ChildCount { get; private set; }
    public string? Error { get; private set; }

    public string CatalogUrl => $"/admin/{Agency.Code}/manage/publications/catalog";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id) =>
        await LoadAsync(agency, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string agency, Guid id)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        try
        {
            if (!await delete.HandleAsync(Agency.Id, id, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        return Redirect($"{CatalogUrl}?done=deleted");
    }

    private async Task<bool> LoadAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        var category = await db.Set<CatalogCategory>().AsNoTracking()
            .Where(c => c.Id == id && c.AgencyId == found.Id)
            .Select(c => new
            {
                c.Name,
                Documents = db.Set<Document>().Count(d => d.CategoryId == c.Id),
                Children = db.Set<CatalogCategory>().Count(child => child.ParentId == c.Id),
            })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (category is null)
        {
            return false;
        }

        Name = category.Name;
        DocumentCount = category.Documents;
        ChildCount = category.Children;
        return true;
    }
}
