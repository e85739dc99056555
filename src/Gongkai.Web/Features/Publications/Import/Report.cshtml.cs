using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>The report of a finished import as XLSX (default) or CSV (?format=csv). Another agency's job is not found.</summary>
internal sealed class ReportModel(AgencyDirectory agencies, ImportJobs jobs) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string agency, Guid jobId, string? format)
    {
        var found = await agencies.FindAsync(agency);
        var job = found is null ? null : jobs.Find(found.Id, jobId);
        if (job is null)
        {
            return NotFound();
        }

        if (!job.IsFinished)
        {
            return Redirect($"/admin/{found!.Code}/manage/import/{job.Id}");
        }

        return string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? File(ImportReport.Csv(job), "text/csv; charset=utf-8", ImportReport.FileName(job, "csv"))
            : File(ImportReport.Xlsx(job), SpreadsheetWriter.ContentType, ImportReport.FileName(job, "xlsx"));
    }
}
