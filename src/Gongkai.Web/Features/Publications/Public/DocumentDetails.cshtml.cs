using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>
/// A document's stable page. Anything not public — a draft, one in review or in the register, one scheduled for later,
/// one withdrawn — is 404, the same as an id that never existed, so the page never confirms that it exists.
/// </summary>
internal sealed class DocumentDetailsModel(AgencyDirectory agencies, ReadPublicDocument read) : PageModel
{
    public PublicDocumentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        var view = found is null ? null : await read.HandleAsync(found, id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>1.2 MB, 350 KB: the size of an attachment as a reader expects it.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / 1024d / 1024d:0.#} MB",
        >= 1024 => $"{bytes / 1024d:0} KB",
        _ => $"{bytes} 字节",
    };

    public static string Kind(string fileName) => Attachments.AttachmentKind.Of(fileName);
}
