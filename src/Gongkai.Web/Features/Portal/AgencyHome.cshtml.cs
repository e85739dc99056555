using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Portal;

public sealed class AgencyHomeModel(AgencyDirectory agencies, ListPublicDocuments documents) : PageModel
{
    public const int LatestCount = 10;

    public Agency Agency { get; private set; } = null!;

    /// <summary>The newest public documents, through the one public gate like every other public list.</summary>
    public IReadOnlyList<PublicListItem> Latest { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        var page = await documents.HandleAsync(found.Id, null, PublicFilter.None, new PublicPaging(1, LatestCount), cancellationToken);
        Latest = page.Items;
        return Page();
    }
}
