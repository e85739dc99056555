using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>Drafts an interpretation of one or more of the agency's documents. Drafters only.</summary>
public sealed class NewModel(AgencyDirectory agencies, DocumentChoices choices, DraftInterpretation draft) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<LinkedDocument> Choices { get; private set; } = [];
    public InterpretationInput Input { get; private set; } = new();
    public string? Error { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/interpretations";

    public async Task<IActionResult> OnGetAsync(string agency, Guid? document)
    {
        var gate = await LoadAsync(agency);
        if (gate is not null)
        {
            return gate;
        }

        if (document is { } id)
        {
            Input.DocumentIds.Add(id.ToString());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] InterpretationInput input)
    {
        var gate = await LoadAsync(agency);
        if (gate is not null)
        {
            return gate;
        }

        try
        {
            var id = await draft.HandleAsync(Agency.Id, input, User.ToStaffActor(Agency.Id), HttpContext.RequestAborted);
            return Redirect($"{BaseUrl}/{id}?done=saved");
        }
        catch (DomainException ex)
        {
            Input = input;
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        if (!User.ToStaffActor(found.Id).Holds(StaffRole.Drafter))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Choices = await choices.HandleAsync(found.Id, HttpContext.RequestAborted);
        return null;
    }
}
