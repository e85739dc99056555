using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Portal;

/// <summary>
/// A section of the column that no capability has filled yet: it says so and points to the agency's contact.
/// The guide and the catalog (Features/Publications/Public) and search (Features/Search/Public) have their own pages,
/// whose literal routes win over this one.
/// </summary>
public sealed class SectionModel(AgencyDirectory agencies) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public PortalSection Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, string section)
    {
        var found = await agencies.FindAsync(agency);
        var known = PortalSections.Find(section);
        if (found is null || known is null)
        {
            return NotFound();
        }

        Agency = found;
        Section = known;
        return Page();
    }
}
