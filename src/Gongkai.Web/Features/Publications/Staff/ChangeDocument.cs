using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>
/// Moves one document of one agency in a unit of work of its own. The document's row is locked first (a no-op update
/// inside the transaction), so two people, or two web nodes running the same job, move it one after the other and the
/// second sees what the first did. A save that loses a race on the index-number counter is tried once more.
/// </summary>
public sealed class ChangeDocument(GongkaiDbContext db)
{
    /// <summary>
    /// Runs <paramref name="change"/> on the freshly loaded document and saves it when it returns true.
    /// Returns false when the agency has no such document.
    /// </summary>
    public async Task<bool> HandleAsync(Guid agencyId, Guid documentId, Func<Document, Task<bool>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var locked = await db.Set<Document>()
                    .Where(d => d.Id == documentId && d.AgencyId == agencyId)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.UpdatedAt, d => d.UpdatedAt), cancellationToken);
                if (locked == 0)
                {
                    return false;
                }

                var document = await db.Set<Document>().Include(d => d.History).SingleAsync(d => d.Id == documentId, cancellationToken);
                if (await change(document))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                return true;
            }
            catch (DbUpdateException ex)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (attempt > 1)
                {
                    throw new DomainException("保存时与他人的操作发生冲突，请刷新页面后重试。", ex);
                }
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    public Task<bool> HandleAsync(Guid agencyId, Guid documentId, Action<Document> change, CancellationToken cancellationToken = default) =>
        HandleAsync(agencyId, documentId, document =>
        {
            change(document);
            return Task.FromResult(true);
        }, cancellationToken);
}
