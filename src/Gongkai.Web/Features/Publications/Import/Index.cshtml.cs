using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>The upload form; its route under /manage already limits it to the agency's administrators.</summary>
[ImportUploadLimits]
internal sealed class IndexModel(AgencyDirectory agencies, StartImport start, ImportJobs jobs, IOptions<ImportLimits> limits) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public ImportLimits Limits => limits.Value;
    public IReadOnlyList<ImportJob> Jobs { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, IFormFile? sheet, IFormFile? attachments)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        ImportJob job;
        try
        {
            job = await start.HandleAsync(Agency, User.GetUserId() ?? Guid.Empty, User.GetDisplayName(), sheet, attachments, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        return Redirect($"/admin/{Agency.Code}/manage/import/{job.Id}");
    }

    private async Task<bool> LoadAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        Jobs = jobs.ForAgency(found.Id);
        return true;
    }
}
