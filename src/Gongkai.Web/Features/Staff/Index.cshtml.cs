using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Staff;

public sealed class IndexModel(AgencyDirectory agencies, StaffList list) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public StaffPage Staff { get; private set; } = new(0, 1, StaffList.PageSize, []);

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Staff = await list.HandleAsync(found.Id, pageNumber ?? 1, HttpContext.RequestAborted);
        return Page();
    }

    // Read only: without this, Razor Pages would render the page for a POST that matches no handler.
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);
}
