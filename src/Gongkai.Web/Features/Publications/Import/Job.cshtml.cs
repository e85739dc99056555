using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>The progress of one import and, once it ends, its result. Another agency's job is not found.</summary>
internal sealed class JobModel(AgencyDirectory agencies, ImportJobs jobs) : PageModel
{
    /// <summary>Shown rows on the page; the report has them all.</summary>
    public const int ShownRows = 500;

    public Agency Agency { get; private set; } = null!;
    public ImportJob Job { get; private set; } = null!;

    /// <summary>The state read once for the whole page: the task may finish while the page renders.</summary>
    public ImportJobState State { get; private set; }

    public bool IsFinished => State is ImportJobState.Succeeded or ImportJobState.Refused or ImportJobState.Failed;

    public async Task<IActionResult> OnGetAsync(string agency, Guid jobId)
    {
        var found = await agencies.FindAsync(agency);
        var job = found is null ? null : jobs.Find(found.Id, jobId);
        if (job is null)
        {
            return NotFound();
        }

        Agency = found!;
        Job = job;
        State = job.State;
        if (!IsFinished)
        {
            // The Refresh header does what <meta http-equiv="refresh"> does (HTML standard, “shared declarative refresh
            // steps”), without a script and without a section in the layout's head.
            Response.Headers["Refresh"] = "2";
            Response.Headers.CacheControl = "no-store";
        }

        return Page();
    }
}
