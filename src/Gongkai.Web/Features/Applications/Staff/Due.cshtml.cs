using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>到期提醒: the open cases whose reply, supplement, consultation or payment deadlines are near or past.</summary>
public sealed class DueModel(AgencyDirectory agencies, DueApplications due) : PageModel
{
    public static readonly IReadOnlyList<CaseDueKind> Groups = Enum.GetValues<CaseDueKind>();

    public Agency Agency { get; private set; } = null!;
    public CaseDueList Due { get; private set; } = null!;

    public string BaseUrl => $"/admin/{Agency.Code}/applications";

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        var actor = User.ToStaffActor(found.Id);
        if (!CaseAccess.CanList(actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = found;
        Due = await due.HandleAsync(found.Id, actor, HttpContext.RequestAborted);
        return Page();
    }
}
