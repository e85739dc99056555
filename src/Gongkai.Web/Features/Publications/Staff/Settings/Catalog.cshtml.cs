using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>The agency's 公开目录 as a tree, with its document counts; categories are added, reordered, changed and deleted here.</summary>
public sealed class CatalogModel(AgencyDirectory agencies, AgencyCatalog catalog, GongkaiDbContext db, AddCategory add, MoveCategory move) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<CatalogNode> Nodes { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> DocumentCounts { get; private set; } = new Dictionary<Guid, int>();
    public CategoryForm Form { get; private set; } = new();
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/manage/publications/catalog";

    public async Task<IActionResult> OnGetAsync(string agency, string? done)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        Notice = done switch
        {
            "added" => "目录已添加。",
            "saved" => "目录已修改。",
            "deleted" => "目录已删除。",
            "moved" => "顺序已调整。",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] CategoryForm form)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        try
        {
            await add.HandleAsync(Agency.Id, form, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Form = form;
            Error = ex.Message;
            return Page();
        }

        return Redirect($"{BaseUrl}?done=added");
    }

    public async Task<IActionResult> OnPostMoveAsync(string agency, Guid categoryId, bool up)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        return await move.HandleAsync(Agency.Id, categoryId, up, HttpContext.RequestAborted)
            ? Redirect($"{BaseUrl}?done=moved")
            : NotFound();
    }

    private async Task<bool> LoadAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        Nodes = CatalogTree.Flatten(await catalog.EnsureAsync(found.Id));
        DocumentCounts = await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == found.Id)
            .GroupBy(d => d.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        return true;
    }
}
