using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>A new draft for public comment, by a drafter or the disclosure office.</summary>
internal sealed class NewModel(ConsultationAccess access, ConsultationSettingsStore settings, SaveConsultation save) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public ConsultationForm Form { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public int MinimumDays { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        if (!ConsultationAccess.CanDraft(context.Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = context.Agency;
        MinimumDays = (await settings.ForAsync(Agency.Id, HttpContext.RequestAborted)).MinimumDays;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, ConsultationForm form)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        if (!ConsultationAccess.CanDraft(context.Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = context.Agency;
        Form = form ?? new ConsultationForm();
        MinimumDays = (await settings.ForAsync(Agency.Id, HttpContext.RequestAborted)).MinimumDays;
        try
        {
            var (id, errors) = await save.HandleAsync(Agency.Id, null, Form, context.Actor, HttpContext.RequestAborted);
            if (id is { } saved)
            {
                return Redirect(ConsultationUrls.StaffDetails(Agency.Code, saved));
            }

            Errors = errors;
        }
        catch (DomainException e)
        {
            Error = e.Message;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
