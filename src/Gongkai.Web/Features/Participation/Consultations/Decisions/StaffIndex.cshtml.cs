using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Participation.Consultations.Staff;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>The agency's catalog of major decisions for a year, published or not.</summary>
internal sealed class StaffIndexModel(ConsultationAccess access, GongkaiDbContext db, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<MajorDecision> Items { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery] int? year)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        if (!ConsultationAccess.CanRead(context.Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = context.Agency;
        CanEdit = ConsultationAccess.CanModerate(context.Actor);
        Year = year is >= 2000 and <= 2100 ? year.Value : ChineseDate.Today(time).Year;
        Items = await db.Set<MajorDecision>().AsNoTracking().Include(d => d.Steps)
            .Where(d => d.AgencyId == Agency.Id && d.Year == Year).OrderBy(d => d.Title).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
