using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports.Public;

/// <summary>年度报告: the agency's published reports, newest year first.</summary>
internal sealed class IndexModel(AgencyDirectory agencies, PublishedReports reports) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<(int Year, bool IsManual, DateOnly? PublishedOn)> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Items = [.. (await reports.Of(found.Id).OrderByDescending(r => r.Year)
                .Select(r => new { r.Year, r.IsManual, r.PublishedOn }).ToListAsync(HttpContext.RequestAborted))
            .Select(r => (r.Year, r.IsManual, r.PublishedOn))];
        return Page();
    }
}
