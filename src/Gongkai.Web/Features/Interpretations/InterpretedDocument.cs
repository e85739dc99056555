namespace Gongkai.Web.Features.Interpretations;

/// <summary>The link between an interpretation and one document it explains (same agency).</summary>
public sealed class InterpretedDocument
{
    private InterpretedDocument()
    {
    }

    internal InterpretedDocument(Guid interpretationId, Guid documentId)
    {
        InterpretationId = interpretationId;
        DocumentId = documentId;
    }

    public Guid InterpretationId { get; private set; }
    public Guid DocumentId { get; private set; }
}
