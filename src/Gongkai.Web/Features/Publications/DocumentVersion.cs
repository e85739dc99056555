namespace Gongkai.Web.Features.Publications;

/// <summary>The text of a published document as it stood before a correction; the index number stays with the document.</summary>
public sealed class DocumentVersion
{
    private DocumentVersion()
    {
    }

    internal DocumentVersion(Guid documentId, int version, string title, string summary, string bodyHtml, DateTime supersededAt, string reason)
    {
        Id = Guid.NewGuid();
        DocumentId = documentId;
        Version = version;
        Title = title;
        Summary = summary;
        BodyHtml = bodyHtml;
        SupersededAt = supersededAt;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public int Version { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public DateTime SupersededAt { get; private set; }
    public string Reason { get; private set; } = "";
}
