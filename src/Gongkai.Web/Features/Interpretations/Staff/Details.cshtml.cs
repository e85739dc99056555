using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>An interpretation with its documents, deadline and history, and the actions the signed-in user may take.</summary>
public sealed class DetailsModel(AgencyDirectory agencies, InterpretationDetails details, MoveInterpretation move) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public InterpretationView View { get; private set; } = null!;
    public Interpretation Interpretation => View.Interpretation;
    public IReadOnlyList<InterpretationAction> Actions { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Notice { get; private set; }
    public string? TypedNote { get; private set; }
    public bool CanEdit { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/interpretations";
    public string InterpretationUrl => $"{BaseUrl}/{Interpretation.Id}";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, string? done)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        Notice = done switch
        {
            "saved" => "草稿已保存。",
            _ when Enum.TryParse<InterpretationAction>(done, out var action) && Enum.IsDefined(action) => $"已完成“{action.ToChinese()}”。",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] string? action, [FromForm] string? note, [FromForm] bool confirmed)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        var actor = User.ToStaffActor(Agency.Id);
        if (!Actions.Any(a => string.Equals(a.ToString(), action, StringComparison.OrdinalIgnoreCase)) && actor.Roles.Count == 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        try
        {
            if (!await move.HandleAsync(Agency.Id, id, action, note, confirmed, actor, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            TypedNote = note;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"{InterpretationUrl}?done={action}");
    }

    private async Task<bool> LoadAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        var view = found is null ? null : await details.HandleAsync(found.Id, id, HttpContext.RequestAborted);
        if (found is null || view is null)
        {
            return false;
        }

        Agency = found;
        View = view;
        var actor = User.ToStaffActor(found.Id);
        CanEdit = view.Interpretation.Status == InterpretationStatus.Draft && actor.Holds(Platform.Auth.StaffRole.Drafter);
        Actions = [.. InterpretationWorkflow.From(view.Interpretation.Status).Where(t => actor.Holds(t.Role)).Select(t => t.Action)];
        return true;
    }
}
