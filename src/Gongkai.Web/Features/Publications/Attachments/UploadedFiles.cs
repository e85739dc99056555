using Gongkai.Web.Features.Publications.Staff;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>The files of one form field as posted; a file over the size limit comes with its length only.</summary>
public static class UploadedFiles
{
    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(HttpRequest request, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = new List<UploadedFile>();
        if (!request.HasFormContentType)
        {
            return files;
        }

        foreach (var file in request.Form.Files.GetFiles(field).Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            if (file.Length > AttachmentCheck.MaxBytes)
            {
                // Refused by its size alone: the bytes are not copied.
                files.Add(new UploadedFile(file.FileName, [], file.Length));
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new UploadedFile(file.FileName, buffer.ToArray(), file.Length));
        }

        return files;
    }
}
