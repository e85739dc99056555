using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>公开目录: the agency's catalog tree with the number of public documents under each category.</summary>
internal sealed class CatalogModel(AgencyDirectory agencies, PublicCatalog catalog) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public CatalogTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Tree = await catalog.HandleAsync(found.Id, cancellationToken);
        return Page();
    }
}
