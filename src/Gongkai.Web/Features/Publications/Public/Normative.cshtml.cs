using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>规范性文件集中公开: the agency's normative documents that are in force today, with their dates.</summary>
internal sealed class NormativeModel(AgencyDirectory agencies, ListPublicDocuments list) : PageModel
{
    public static readonly PublicFilter InForce = new(null, null, null, Validity.Valid);

    public Agency Agency { get; private set; } = null!;
    public PublicDocumentPage Documents { get; private set; } = null!;
    public List<string> Errors { get; } = [];

    public PageLinks Links => new(Documents.Page, Documents.PageCount, PublicUrls.Normative(Agency.Code), "");

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        var paging = PublicPaging.Parse(pageNumber, null, Errors);
        Documents = await list.HandleAsync(found.Id, null, InForce, paging, cancellationToken);
        return Page();
    }
}
