using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Reports.Supervision.Digests;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Reports.Supervision.Staff;

/// <summary>督办提醒: the signed-in member of staff's latest daily digest.</summary>
public sealed class DigestModel(AgencyDirectory agencies, LatestDigest latest) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public SupervisionDigest? Digest { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Digest = User.GetUserId() is { } me ? await latest.HandleAsync(me, HttpContext.RequestAborted) : null;
        return Page();
    }
}
