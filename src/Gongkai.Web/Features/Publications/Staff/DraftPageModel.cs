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

    protected async Task<IReadOnlyList<UploadedFile>> ReadFilesAsync()
    {
        var files = new List<UploadedFile>();
        foreach (var file in Request.Form.Files.GetFiles("files").Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            if (file.Length > AttachmentCheck.MaxBytes)
            {
                // Refused by its size alone: the bytes are not copied.
                files.Add(new UploadedFile(file.FileName, [], file.Length));
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            files.Add(new UploadedFile(file.FileName, buffer.ToArray(), file.Length));
        }

        return files;
    }
}
