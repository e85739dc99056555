using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// Keeps the index in the same unit of work as the content: when SaveChanges touches something a source tracks, the
/// save runs in a transaction, the source is asked again what of it is public, and the index follows before commit.
/// A withdrawn or corrected document can therefore never be found as it was.
/// </summary>
internal sealed class SearchIndexInterceptor(IEnumerable<ISearchSource> sources, ISearchEngine engine) : SaveChangesInterceptor
{
    private readonly List<(ISearchSource Source, HashSet<Guid> Ids, HashSet<Guid> Dependencies)> pending = [];
    private IDbContextTransaction? ownTransaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GongkaiDbContext db && Collect(db) && db.Database.CurrentTransaction is null)
        {
            ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GongkaiDbContext db && pending.Count > 0)
        {
            try
            {
                foreach (var (source, ids, dependencies) in pending)
                {
                    if (dependencies.Count > 0)
                    {
                        ids.UnionWith(await source.DependentsAsync(db, dependencies, cancellationToken));
                    }

                    var items = await source.ReadPublicAsync(db, ids, cancellationToken);
                    var removed = ids.Except(items.Select(i => i.SourceId)).ToList();
                    await engine.WriteAsync(db, items, source.Kind, removed, cancellationToken);
                }

                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                await EndAsync();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await EndAsync();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await EndAsync();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is GongkaiDbContext db && Collect(db))
        {
            throw new InvalidOperationException("会改变检索索引的保存须使用 SaveChangesAsync。");
        }

        return result;
    }

    private bool Collect(GongkaiDbContext db)
    {
        pending.Clear();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            foreach (var source in sources)
            {
                if (source.Tracks(entry.Entity, out var id))
                {
                    Pending(source).Ids.Add(id);
                }

                if (source.TracksDependency(entry.Entity, out var dependencyId))
                {
                    Pending(source).Dependencies.Add(dependencyId);
                }
            }
        }

        return pending.Count > 0;
    }

    private (ISearchSource Source, HashSet<Guid> Ids, HashSet<Guid> Dependencies) Pending(ISearchSource source)
    {
        var slot = pending.FindIndex(p => p.Source == source);
        if (slot >= 0)
        {
            return pending[slot];
        }

        pending.Add((source, [], []));
        return pending[^1];
    }

    private async Task EndAsync()
    {
        pending.Clear();
        if (ownTransaction is not null)
        {
            await ownTransaction.DisposeAsync();
            ownTransaction = null;
        }
    }
}
