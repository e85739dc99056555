using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>The agency's interpretations by status, with the 3-working-day deadline of each.</summary>
public sealed class IndexModel(AgencyDirectory agencies, InterpretationList list) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public InterpretationListPage List { get; private set; } = null!;
    public InterpretationStatus? Status { get; private set; }
    public bool CanDraft { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/interpretations";

    public async Task<IActionResult> OnGetAsync(string agency, string? status, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Status = Enum.TryParse<InterpretationStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _) ? parsed : null;
        CanDraft = User.ToStaffActor(found.Id).Holds(StaffRole.Drafter);
        List = await list.HandleAsync(found.Id, Status, pageNumber ?? 1, HttpContext.RequestAborted);
        return Page();
    }

    public string PageUrl(int page) => $"{BaseUrl}?{(Status is { } s ? $"status={s}&" : "")}page={page}";
}
