using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>
/// Moves one case of one agency in a unit of work of its own. The row is locked first (a no-op update inside the
/// transaction), so two officers acting at once move it one after the other and the second sees what the first did.
/// Only a lost race on a counter is retried; any other failed save is a fault and surfaces as one.
/// </summary>
public sealed class ChangeApplication(GongkaiDbContext db)
{
    /// <summary>Runs <paramref name="change"/> on the freshly loaded case and saves; false when the agency has no such case.</summary>
    public async Task<bool> HandleAsync(Guid agencyId, Guid applicationId, Func<Application, Task> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var locked = await db.Set<Application>()
                    .Where(a => a.Id == applicationId && a.AgencyId == agencyId)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.UpdatedAt, a => a.UpdatedAt), cancellationToken);
                if (locked == 0)
                {
                    return false;
                }

                var application = await db.Set<Application>()
                    .Include(a => a.History)
                    .Include(a => a.Consultations)
                    .AsSplitQuery()
                    .SingleAsync(a => a.Id == applicationId, cancellationToken);
                await change(application);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException ex)
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
}
