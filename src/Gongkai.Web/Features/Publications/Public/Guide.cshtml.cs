using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>公开指南: the agency's own text when it has written one, otherwise one built from its own data.</summary>
internal sealed class GuideModel(AgencyDirectory agencies, PublicCatalog catalog, GongkaiDbContext db) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    /// <summary>The guide the agency wrote (sanitized when saved); empty means the default guide.</summary>
    public string CustomHtml { get; private set; } = "";

    public IReadOnlyList<CatalogNode> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        CustomHtml = await db.Set<PublicationSettings>().AsNoTracking()
            .Where(s => s.AgencyId == found.Id)
            .Select(s => s.GuideHtml)
            .FirstOrDefaultAsync(cancellationToken) ?? "";
        if (CustomHtml.Trim().Length == 0)
        {
            CustomHtml = "";
            Categories = (await catalog.HandleAsync(found.Id, cancellationToken)).Roots;
        }

        return Page();
    }

    public static string OrUnfilled(string value) => value.Length > 0 ? value : "（未填写）";
}
