using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search.Synonyms;

/// <summary>The confirmation step before a synonym group is deleted.</summary>
internal sealed class DeleteSynonymGroupModel(GongkaiDbContext db, SynonymCache cache) : PageModel
{
    public string Words { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var group = await db.Set<SynonymGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, HttpContext.RequestAborted);
        if (group is null)
        {
            return NotFound();
        }

        Words = SynonymTerms.Display(group);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var group = await db.Set<SynonymGroup>().SingleOrDefaultAsync(g => g.Id == id, HttpContext.RequestAborted);
        if (group is null)
        {
            return NotFound();
        }

        db.Remove(group);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        cache.Invalidate();
        return Redirect($"{SynonymUrls.List}?done=deleted");
    }
}
