using Gongkai.Web.Features.Publications.Attachments;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// A file that is part of the draft (说明、对照表、测算表…); its bytes live in the shared <see cref="AttachmentStore"/>.
/// Added and removed only through <see cref="Consultation"/>, and only while it is a draft.
/// </summary>
public sealed class ConsultationAttachment
{
    private ConsultationAttachment()
    {
    }

    internal ConsultationAttachment(Guid consultationId, StoredFile file, DateTime uploadedAt, string uploadedBy, int sortOrder)
    {
        Id = Guid.NewGuid();
        ConsultationId = consultationId;
        FileName = file.FileName;
        ContentType = file.ContentType;
        Size = file.Size;
        Sha256 = file.Sha256;
        StorageKey = file.StorageKey;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public Guid ConsultationId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public int SortOrder { get; private set; }
}
