using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

public sealed class CategoryModel(AgencyDirectory agencies, AgencyCatalog catalog, ChangeCategory change) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<CatalogNode> Nodes { get; private set; } = [];
    public ISet<Guid> Subtree { get; private set; } = new HashSet<Guid>();
    public string CurrentName { get; private set; } = "";
    public CategoryForm Form { get; private set; } = new();
    public string? Error { get; private set; }

    public string CatalogUrl => $"/admin/{Agency.Code}/manage/publications/catalog";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id)
    {
        var category = await LoadAsync(agency, id);
        if (category is null)
        {
            return NotFound();
        }

        Form = new CategoryForm
        {
            Name = category.Name,
            Slug = category.Slug,
            SortOrder = category.SortOrder.ToString(CultureInfo.InvariantCulture),
            ParentId = category.ParentId?.ToString(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] CategoryForm form)
    {
        if (await LoadAsync(agency, id) is null)
        {
            return NotFound();
        }

        try
        {
            if (!await change.HandleAsync(Agency.Id, id, form, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Form = form;
            Error = ex.Message;
            return Page();
        }

        return Redirect($"{CatalogUrl}?done=saved");
    }

    // Only the route agency's own categories: an id from another agency is simply not found.
    private async Task<CatalogCategory?> LoadAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return null;
        }

        Agency = found;
        var categories = await catalog.EnsureAsync(found.Id);
        Nodes = CatalogTree.Flatten(categories);
        Subtree = CatalogTree.Subtree(categories, id);
        var category = categories.SingleOrDefault(c => c.Id == id);
        CurrentName = category?.Name ?? "";
        return category;
    }
}
