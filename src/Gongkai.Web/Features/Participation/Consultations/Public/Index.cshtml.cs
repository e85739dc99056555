using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Public;

/// <summary>意见征集: consultations taking comments first, then those to come, then the closed ones; paged.</summary>
internal sealed class IndexModel(AgencyDirectory agencies, PublicConsultations consultations, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<Consultation> Items { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public int Total { get; private set; }
    public PageLinks Links { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "page")] string? page)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        var errors = new List<string>();
        var paging = PublicPaging.Parse(page, null, errors);
        Errors = errors;
        var today = Today = ChineseDate.Today(time);
        var query = consultations.Of(found.Id);
        Total = await query.CountAsync(HttpContext.RequestAborted);
        Items = await query
            .OrderBy(c => c.Status == ConsultationStatus.Open && c.OpensOn <= today && c.ClosesOn >= today ? 0
                : c.Status == ConsultationStatus.Open && c.OpensOn > today ? 1 : 2)
            .ThenByDescending(c => c.ClosesOn).ThenBy(c => c.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(HttpContext.RequestAborted);
        Links = new PageLinks(paging.Page, PublicPaging.PageCount(Total, paging.PageSize), $"/{found.Code}/consultations", "");
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
