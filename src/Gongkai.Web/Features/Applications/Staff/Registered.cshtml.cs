using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>
/// After registration: the case number and, this once, the query code to hand to the applicant. Only its hash is kept,
/// so the code travels here in TempData and is gone after the page is shown.
/// </summary>
public sealed class RegisteredModel(AgencyDirectory agencies, GongkaiDbContext db) : PageModel
{
    public const string QueryCodeKey = "QueryCode";
    public const string CaseKey = "RegisteredCase";

    public Agency Agency { get; private set; } = null!;
    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly? ReceivedOn { get; private set; }
    public DateOnly? ReplyDueOn { get; private set; }
    public string? QueryCode { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/applications";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        if (!CaseAccess.CanRegister(User.ToStaffActor(found.Id)))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var registered = await db.Set<Application>().AsNoTracking()
            .Where(a => a.Id == id && a.AgencyId == found.Id)
            .Select(a => new { a.Number, a.ReceivedOn, a.ReplyDueOn })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (registered is null)
        {
            return NotFound();
        }

        Agency = found;
        Id = id;
        Number = registered.Number;
        ReceivedOn = registered.ReceivedOn;
        ReplyDueOn = registered.ReplyDueOn;

        // The code belongs to the case just registered; reading TempData removes it, so a reload no longer shows it.
        // (TempData gives a string that looks like a Guid back as a Guid: compare the text.)
        var forCase = TempData[CaseKey]?.ToString();
        var code = TempData[QueryCodeKey]?.ToString();
        QueryCode = forCase == id.ToString() ? code : null;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
