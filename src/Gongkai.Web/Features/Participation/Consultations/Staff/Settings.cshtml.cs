using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>The agency administrator sets the minimum comment period and whether comments are moderated.</summary>
internal sealed class SettingsModel(AgencyDirectory agencies, ConsultationSettingsStore store) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public int MinimumDays { get; private set; }
    public bool ModerateComments { get; private set; }
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
        var settings = await store.ForAsync(found.Id, HttpContext.RequestAborted);
        (MinimumDays, ModerateComments) = (settings.MinimumDays, settings.ModerateComments);
        Saved = TempData["ConsultationSettingsSaved"] is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, int? minimumDays, bool moderateComments)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        (MinimumDays, ModerateComments) = (minimumDays ?? 0, moderateComments);
        try
        {
            await store.ChangeAsync(found.Id, minimumDays ?? 0, moderateComments, HttpContext.RequestAborted);
            TempData["ConsultationSettingsSaved"] = "1";
            return Redirect(ConsultationUrls.Settings(found.Code));
        }
        catch (DomainException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
