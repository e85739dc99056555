using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>Takes one workflow action on an interpretation of the agency; false when the agency has no such interpretation.</summary>
public sealed class MoveInterpretation(GongkaiDbContext db, TimeProvider time)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid id, string? actionName, string? note, bool confirmed, StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (!Enum.TryParse<InterpretationAction>(actionName, ignoreCase: true, out var action) || !Enum.IsDefined(action) || int.TryParse(actionName, out _))
        {
            throw new DomainException("未知的操作。");
        }

        // The row is locked first (a no-op update in the transaction), so two reviewers acting at once move it one after
        // the other and the second sees what the first did.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Set<Interpretation>()
            .Where(i => i.Id == id && i.AgencyId == agencyId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UpdatedAt, i => i.UpdatedAt), cancellationToken);
        if (locked == 0)
        {
            return false;
        }

        var interpretation = await db.Set<Interpretation>()
            .Include(i => i.History).Include(i => i.Documents)
            .SingleAsync(i => i.Id == id, cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case InterpretationAction.Submit:
                interpretation.Submit(actor, now);
                break;
            case InterpretationAction.Return:
                interpretation.Return(actor, note ?? "", now);
                break;
            case InterpretationAction.PassOfficeReview:
                interpretation.PassOfficeReview(actor, note ?? "", now);
                break;
            case InterpretationAction.PassConfidentialityReview:
                interpretation.PassConfidentialityReview(actor, note ?? "", now);
                break;
            case InterpretationAction.Publish:
                var linked = interpretation.Documents.Select(d => d.DocumentId).ToList();
                var anyPublished = await db.Set<Document>()
                    .AnyAsync(d => d.AgencyId == agencyId && linked.Contains(d.Id) && d.Status == DocumentStatus.Published, cancellationToken);
                interpretation.Publish(actor, anyPublished, BeijingTime.DateOf(now), now);
                break;
            case InterpretationAction.Withdraw:
                if (!confirmed)
                {
                    throw new DomainException("撤回后解读将从公开专栏下线：请勾选确认后再撤回。");
                }

                interpretation.Withdraw(actor, note ?? "", now);
                break;
            default:
                throw new DomainException("未知的操作。");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
