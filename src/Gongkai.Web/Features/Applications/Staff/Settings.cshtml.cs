using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>申请办理设置: the periods and names an agency chooses for its applications (agency administrators only, by route).</summary>
public sealed class SettingsModel(AgencyDirectory agencies, ApplicationSettingsStore store, ChangeApplicationSettings change) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public ApplicationSettingsForm Form { get; private set; } = new();
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/manage/applications";

    public async Task<IActionResult> OnGetAsync(string agency, string? done)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Form = ApplicationSettingsForm.From(await store.ForAsync(found, HttpContext.RequestAborted));
        Notice = done == "saved" ? "申请办理设置已保存。此后发出的补正告知、收费通知和答复书按新设置办理，已发出的不变。" : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] ApplicationSettingsForm form)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        try
        {
            await change.HandleAsync(found, form, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Form = form;
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"{BaseUrl}?done=saved");
    }
}
