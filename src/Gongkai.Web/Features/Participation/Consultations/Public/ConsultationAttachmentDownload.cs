using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Attachments;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Features.Participation.Consultations.Public;

/// <summary>
/// /{agency}/consultations/{id}/attachments/{attachmentId}: a file of the draft, under its own name, once the consultation
/// is out for comment; a draft's files are not found.
/// </summary>
internal static class ConsultationAttachmentDownload
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/{agency}/consultations/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(
        string agency, Guid id, Guid attachmentId, AgencyDirectory agencies, PublicConsultations consultations, AttachmentStore store, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        var attachment = found is null ? null : await consultations.FindAttachmentAsync(found.Id, id, attachmentId, cancellationToken);
        if (attachment is null)
        {
            return Results.NotFound();
        }

        Stream content;
        try
        {
            content = store.Open(attachment.StorageKey);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Results.NotFound();
        }

        return Results.File(
            content,
            attachment.ContentType,
            fileDownloadName: attachment.FileName,
            lastModified: new DateTimeOffset(DateTime.SpecifyKind(attachment.UploadedAt, DateTimeKind.Utc)),
            entityTag: new EntityTagHeaderValue($"\"{attachment.Sha256}\""),
            enableRangeProcessing: true);
    }
}
