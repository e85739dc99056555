using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>Changes a draft interpretation, e.g. after the office returned it. Drafters only.</summary>
public sealed class EditModel(AgencyDirectory agencies, DocumentChoices choices, InterpretationDetails details, DraftInterpretation draft) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<LinkedDocument> Choices { get; private set; } = [];
    public InterpretationInput Input { get; private set; } = new();
    public string? Error { get; private set; }

    public string InterpretationUrl => $"/admin/{Agency.Code}/interpretations/{Id}";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id) => await LoadAsync(agency, id) ?? Page();

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] InterpretationInput input)
    {
        var gate = await LoadAsync(agency, id);
        if (gate is not null)
        {
            return gate;
        }

        try
        {
            return await draft.HandleAsync(Agency.Id, id, input, User.ToStaffActor(Agency.Id), HttpContext.RequestAborted)
                ? Redirect($"{InterpretationUrl}?done=saved")
                : NotFound();
        }
        catch (DomainException ex)
        {
            Input = input;
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        var view = found is null ? null : await details.HandleAsync(found.Id, id, HttpContext.RequestAborted);
        if (found is null || view is null)
        {
            return NotFound();
        }

        Agency = found;
        Id = id;
        Title = view.Interpretation.Title;
        if (!User.ToStaffActor(found.Id).Holds(StaffRole.Drafter))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (view.Interpretation.Status != InterpretationStatus.Draft)
        {
            return Redirect(InterpretationUrl);
        }

        // The linked documents stay selectable even when they are no longer among the recent ones.
        var recent = await choices.HandleAsync(found.Id, HttpContext.RequestAborted);
        Choices = [.. view.Documents.Where(d => recent.All(r => r.Id != d.Id)), .. recent];
        Input = InterpretationInput.From(view.Interpretation);
        return null;
    }
}
