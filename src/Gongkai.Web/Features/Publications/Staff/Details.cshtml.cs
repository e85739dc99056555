using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>A document with its metadata, body, attachments and history, and the actions the signed-in user may take.</summary>
public sealed class DetailsModel(AgencyDirectory agencies, DocumentDetails details, MoveDocument move) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public DocumentView View { get; private set; } = null!;
    public Document Document => View.Document;
    public StaffActor Actor { get; private set; } = null!;
    public IReadOnlyList<DocumentAction> Actions { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanChangeValidity { get; private set; }
    public MoveForm Form { get; private set; } = new();
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/documents";
    public string DocumentUrl => $"{BaseUrl}/{Document.Id}";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, string? done)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        Notice = done switch
        {
            null or "" => null,
            "saved" => "草稿已保存。",
            MoveForm.ChangeValidity => "有效性已变更。",
            _ when Enum.TryParse<DocumentAction>(done, out var action) => $"已完成“{action.ToChinese()}”。",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] MoveForm form)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        try
        {
            if (!await move.HandleAsync(Agency, id, form, Actor, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Form = form;
            Error = ex.Message;
            return Page();
        }

        return Redirect($"{DocumentUrl}?done={form.Action}");
    }

    // Only the route agency's own documents: an id from another agency is simply not found.
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
        Actor = User.ToStaffActor(found.Id);
        var document = view.Document;
        Actions = [.. DocumentWorkflow.From(document.Status)
            .Where(t => Actor.Holds(t.Role) && Applies(t.Action, document))
            .Select(t => t.Action)];
        CanEdit = document.Status == DocumentStatus.Draft && (Actor.Id == document.DrafterId || Actor.Holds(StaffRole.Drafter));
        CanChangeValidity = document.IsNormative && document.Status == DocumentStatus.Published && Actor.Holds(StaffRole.DisclosureOfficer);
        return true;
    }

    // Publication is for 主动公开 documents and the register for the others: offer only the one that fits.
    private static bool Applies(DocumentAction action, Document document) => action switch
    {
        DocumentAction.Publish or DocumentAction.Schedule => document.Attribute == DisclosureAttribute.Proactive,
        DocumentAction.Register => document.Attribute != DisclosureAttribute.Proactive,
        _ => true,
    };
}
