namespace Gongkai.Web.Features.Publications;

/// <summary>A file attached to a document; the bytes live in the attachment store under <see cref="StorageKey"/>.</summary>
public sealed class DocumentAttachment
{
    private DocumentAttachment()
    {
    }

    public DocumentAttachment(Guid documentId, string fileName, string contentType, long size, string sha256, string storageKey, DateTime uploadedAt, int sortOrder)
    {
        Id = Guid.NewGuid();
        DocumentId = documentId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StorageKey = storageKey;
        UploadedAt = uploadedAt;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    public int SortOrder { get; private set; }
}
