using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search.Synonyms;

/// <summary>Changes the words of one synonym group.</summary>
internal sealed class EditSynonymGroupModel(GongkaiDbContext db, SynonymCache cache, TimeProvider time) : PageModel
{
    public string Current { get; private set; } = "";
    public string Terms { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var group = await db.Set<SynonymGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, HttpContext.RequestAborted);
        if (group is null)
        {
            return NotFound();
        }

        Current = SynonymTerms.Display(group);
        Terms = Current;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm] string? terms)
    {
        var group = await db.Set<SynonymGroup>().SingleOrDefaultAsync(g => g.Id == id, HttpContext.RequestAborted);
        if (group is null)
        {
            return NotFound();
        }

        Current = SynonymTerms.Display(group);
        try
        {
            group.Change(terms ?? "", time.GetUtcNow().UtcDateTime);
            await SynonymTerms.EnsureFreeAsync(db, group, HttpContext.RequestAborted);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Terms = terms ?? "";
            Error = ex.Message;
            return Page();
        }

        cache.Invalidate();
        return Redirect($"{SynonymUrls.List}?done=saved");
    }
}
