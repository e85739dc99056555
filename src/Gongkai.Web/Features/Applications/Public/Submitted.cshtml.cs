using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Applications.Public;

/// <summary>The receipt after a submission: the case number and the query code, shown this once.</summary>
internal sealed class SubmittedModel(AgencyDirectory agencies) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public string? Number { get; private set; }

    public string? Code { get; private set; }

    /// <summary>Accepted without a receipt to show (the honeypot was filled).</summary>
    public bool Received { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Number = TempData[ApplicationReceipt.Number] as string;
        Code = TempData[ApplicationReceipt.Code] as string;
        Received = TempData[ApplicationReceipt.Received] is not null;
        // The code is on this page only: no cache, no copy in the back button.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
