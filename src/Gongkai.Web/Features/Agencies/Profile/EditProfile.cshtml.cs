using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Agencies.Profile;

public sealed class EditProfileModel(AgencyDirectory agencies, UpdateAgencyProfile update) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public AgencyProfileForm Form { get; private set; } = new();
    public string? Error { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Form = AgencyProfileForm.From(found);
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] AgencyProfileForm form)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Form = form;
        try
        {
            await update.HandleAsync(found.Id, form, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        // Post, redirect, get: a reload does not post the form again.
        return Redirect($"/admin/{found.Code}/manage/profile?saved=1");
    }
}
