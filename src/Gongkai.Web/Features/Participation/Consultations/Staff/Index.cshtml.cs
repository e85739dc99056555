using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>The agency's consultations, newest first, paged.</summary>
internal sealed class IndexModel(ConsultationAccess access, GongkaiDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 20;

    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<Consultation> Items { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> PendingCounts { get; private set; } = new Dictionary<Guid, int>();
    public DateOnly Today { get; private set; }
    public bool CanDraft { get; private set; }
    public PageLinks Links { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "page")] int? pageNumber)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        var (found, actor) = context;

        if (!ConsultationAccess.CanRead(actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = found;
        CanDraft = ConsultationAccess.CanDraft(actor);
        Today = ChineseDate.Today(time);
        var query = db.Set<Consultation>().AsNoTracking().Where(c => c.AgencyId == found.Id);
        var total = await query.CountAsync(HttpContext.RequestAborted);
        var pages = PublicPaging.PageCount(total, PageSize);
        var page = Math.Clamp(pageNumber ?? 1, 1, pages);
        Items = await query.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var ids = Items.Select(c => c.Id).ToList();
        PendingCounts = await db.Set<ConsultationComment>().AsNoTracking()
            .Where(c => ids.Contains(c.ConsultationId) && c.Status == CommentStatus.Pending)
            .GroupBy(c => c.ConsultationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        Links = new PageLinks(page, pages, ConsultationUrls.StaffList(found.Code), "");
        return Page();
    }
}
