using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>The agency's documents by status, the drafter's own drafts, and what is due.</summary>
public sealed class IndexModel(AgencyDirectory agencies, DocumentList list, DueDocuments due) : PageModel
{
    public static readonly IReadOnlyList<DocumentStatus> Tabs =
    [
        DocumentStatus.Draft, DocumentStatus.OfficeReview, DocumentStatus.ConfidentialityReview, DocumentStatus.Approved,
        DocumentStatus.Scheduled, DocumentStatus.Published, DocumentStatus.Registered, DocumentStatus.Withdrawn,
    ];

    public Agency Agency { get; private set; } = null!;
    public DocumentListPage Documents { get; private set; } = null!;
    public DuePanel Due { get; private set; } = null!;
    public DocumentStatus? Status { get; private set; }
    public bool Mine { get; private set; }
    public bool CanDraft { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/documents";

    public async Task<IActionResult> OnGetAsync(string agency, string? status, bool mine, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Status = Enum.TryParse<DocumentStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _) ? parsed : null;
        Mine = mine;
        var actor = User.ToStaffActor(found.Id);
        CanDraft = actor.Holds(StaffRole.Drafter);
        Documents = await list.HandleAsync(found.Id, Status, Mine ? actor.Id ?? Guid.Empty : null, pageNumber ?? 1, HttpContext.RequestAborted);
        Due = await due.HandleAsync(found.Id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The list URL with the current filter and the given page.</summary>
    public string PageUrl(int page) =>
        $"{BaseUrl}?{(Mine ? "mine=true&" : Status is { } s ? $"status={s}&" : "")}page={page}";
}
