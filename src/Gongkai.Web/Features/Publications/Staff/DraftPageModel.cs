using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>What the new-draft and edit-draft pages share: the agency, its catalog, the form as typed and the uploads.</summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public abstract class DraftPageModel(AgencyDirectory agencies, AgencyCatalog catalog) : PageModel
{
    /// <summary>Several attachments at the size limit each, in one post.</summary>
    public const long MaxUploadBytes = 4 * AttachmentCheck.MaxBytes;

    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<CatalogNode> Categories { get; private set; } = [];
    public DocumentForm Form { get; protected set; } = new();
    public IReadOnlyList<string> Errors { get; protected set; } = [];

    public string BaseUrl => $"/admin/{Agency.Code}/documents";

    protected async Task<bool> LoadAgencyAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        Categories = CatalogTree.Flatten(await catalog.EnsureAsync(found.Id));
        return true;
    }

    protected Task<IReadOnlyList<UploadedFile>> ReadFilesAsync() => UploadedFiles.ReadAsync(Request, "files", HttpContext.RequestAborted);
}
