using Gongkai.Web.Features.Publications.Public;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search.Synonyms;

/// <summary>检索同义词: the platform's synonym groups, 50 a page, with a word filter and the form to add a group.</summary>
internal sealed class SynonymsModel(GongkaiDbContext db, SynonymCache cache, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<SynonymGroup> Groups { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public string Word { get; private set; } = "";
    public string Terms { get; private set; } = "";
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public PageLinks Links => new(PageNumber, PageCount, SynonymUrls.List, Word.Length == 0 ? "" : $"q={Uri.EscapeDataString(Word)}");

    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] string? pageNumber, string? done)
    {
        Notice = done switch
        {
            "added" => "同义词组已添加，检索即时生效。",
            "saved" => "同义词组已修改，检索即时生效。",
            "deleted" => "同义词组已删除。",
            _ => null,
        };
        await LoadAsync(q, pageNumber);
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? terms)
    {
        try
        {
            var group = new SynonymGroup(Guid.NewGuid(), terms ?? "", time.GetUtcNow().UtcDateTime);
            await SynonymTerms.EnsureFreeAsync(db, group, HttpContext.RequestAborted);
            db.Add(group);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Terms = terms ?? "";
            Error = ex.Message;
            await LoadAsync(null, null);
            return Page();
        }

        cache.Invalidate();
        return Redirect($"{SynonymUrls.List}?done=added");
    }

    private async Task LoadAsync(string? word, string? pageNumber)
    {
        Word = (word ?? "").Trim();
        var groups = db.Set<SynonymGroup>().AsNoTracking();
        if (Word.Length > 0)
        {
            groups = groups.Where(g => g.Terms.Contains(Word));
        }

        Total = await groups.CountAsync(HttpContext.RequestAborted);
        PageCount = PublicPaging.PageCount(Total, PageSize);
        // A page number that is not one, or past the end, shows the nearest page rather than an error.
        var paging = PublicPaging.Parse(pageNumber, null, new List<string>());
        PageNumber = Math.Min(paging.Page, PageCount);
        Groups = await groups.OrderBy(g => g.Terms).ThenBy(g => g.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(HttpContext.RequestAborted);
    }
}
