using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>
/// 谁起草、谁解读 (seed 004): a normative document, or one marked as needing interpretation, is submitted together with its
/// interpretation. Publications asks here before it lets such a document leave the drafter.
/// </summary>
public sealed class InterpretationCheck(GongkaiDbContext db)
{
    public const string MissingMessage = "规范性文件和标记为需要解读的文件，须同时提交政策解读（谁起草、谁解读）。";

    /// <summary>True when an interpretation that is not withdrawn is linked to the document.</summary>
    public Task<bool> HasDraftForAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        var live = db.Set<Interpretation>().Where(i => i.Status != InterpretationStatus.Withdrawn).Select(i => i.Id);
        return db.Set<InterpretedDocument>().AnyAsync(l => l.DocumentId == documentId && live.Contains(l.InterpretationId), cancellationToken);
    }
}
