using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Reports.AnnualReports.Public;

/// <summary>One published report, printable, with its DOCX and XLSX; a draft or a report in review is not found.</summary>
internal sealed class ReportModel(AgencyDirectory agencies, PublishedReports reports) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public AnnualReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, int year)
    {
        var found = await agencies.FindAsync(agency);
        var report = found is null ? null : await reports.FindAsync(found.Id, year, HttpContext.RequestAborted);
        if (found is null || report is null)
        {
            return NotFound();
        }

        (Agency, Report) = (found, report);
        return Page();
    }
}
