using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Audit;

public sealed class IndexModel(AgencyDirectory agencies, SearchAuditLog search, AuditNames auditNames) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public AuditFilter Filter { get; private set; } = AuditFilter.None;
    public AuditPage Entries { get; private set; } = new(0, 1, SearchAuditLog.PageSize, []);
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public string? Error { get; private set; }

    // The filter as typed, shown back even when it is wrong.
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? Operation { get; set; }

    public string BaseUrl => $"/admin/{Agency.Code}/manage/audit";

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        EntityTypes = await search.EntityTypesAsync(found.Id, HttpContext.RequestAborted);
        try
        {
            Filter = AuditFilter.Parse(From, To, Actor, EntityType, Operation);
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        Entries = await search.HandleAsync(found.Id, Filter, pageNumber ?? 1, HttpContext.RequestAborted);
        Names = await auditNames.HandleAsync(found.Id, HttpContext.RequestAborted);
        return Page();
    }

    // Read only: without this, Razor Pages would render the page for a POST that matches no handler.
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);
}
