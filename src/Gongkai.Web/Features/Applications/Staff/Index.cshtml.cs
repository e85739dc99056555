using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The agency's applications the signed-in member of staff may see, filtered and paged.</summary>
public sealed class IndexModel(AgencyDirectory agencies, ApplicationList list, GongkaiDbContext db) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public ApplicationFilter Filter { get; private set; } = new();
    public ApplicationListPage Cases { get; private set; } = null!;
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public bool CanRegister { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/applications";

    public string ExportUrl => Filter.IsEmpty ? $"{BaseUrl}/export" : $"{BaseUrl}/export?{Filter.ToQuery()}";

    public PageLinks Pages => new(Cases.Page, Cases.PageCount, BaseUrl, Filter.ToQuery());

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery] ApplicationFilter filter, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        var actor = User.ToStaffActor(found.Id);
        if (!CaseAccess.CanList(actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = found;
        Filter = filter ?? new ApplicationFilter();
        CanRegister = CaseAccess.CanRegister(actor);
        Departments = await db.Departments.AsNoTracking().Where(d => d.AgencyId == found.Id).OrderBy(d => d.SortOrder).ToListAsync(HttpContext.RequestAborted);
        Cases = await list.HandleAsync(found.Id, Filter, actor, pageNumber ?? 1, HttpContext.RequestAborted);
        return Page();
    }
}
