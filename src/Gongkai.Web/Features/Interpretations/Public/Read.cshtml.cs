using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Interpretations.Public;

/// <summary>One published interpretation with links back to its public documents; anything else is 404.</summary>
internal sealed class ReadModel(AgencyDirectory agencies, PublicInterpretations interpretations) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public Interpretation Interpretation { get; private set; } = null!;
    public IReadOnlyList<Document> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        var interpretation = found is null ? null : await interpretations.FindAsync(found.Id, id, cancellationToken);
        if (found is null || interpretation is null)
        {
            return NotFound();
        }

        Agency = found;
        Interpretation = interpretation;
        Documents = await interpretations.DocumentsOfAsync(found.Id, id, cancellationToken);
        return Page();
    }
}
