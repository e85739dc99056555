using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>
/// /{agency}/documents/{id}/attachments/{attachmentId}: streams an attachment of a public document under its own name
/// (Content-Disposition with filename*, so a Chinese name survives). A document that is not public has no attachments.
/// </summary>
internal static class AttachmentDownload
{
    public static void MapAttachmentDownload(this IEndpointRouteBuilder app) =>
        app.MapGet("/{agency}/documents/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(
        string agency, Guid id, Guid attachmentId, AgencyDirectory agencies, PublicDocuments documents, AttachmentStore store, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        var attachment = found is null ? null : await documents.FindAttachmentAsync(found.Id, id, attachmentId, cancellationToken);
        if (attachment is null)
        {
            return Results.NotFound();
        }

        Stream content;
        try
        {
            content = store.Open(attachment);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Results.NotFound();
        }

        return Results.File(
            content,
            attachment.ContentType,
            fileDownloadName: attachment.FileName,
            lastModified: XmlOutput.Utc(attachment.UploadedAt),
            entityTag: new EntityTagHeaderValue($"\"{attachment.Sha256}\""),
            enableRangeProcessing: true);
    }
}
