using System.Diagnostics;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// Builds the index again from what each source says is public, oldest first, in batches of one transaction each,
/// reporting progress. Searches keep working meanwhile and see the index fill up.
/// </summary>
public sealed class SearchIndexRebuild(IServiceScopeFactory scopes, IEnumerable<ISearchSource> sources, ISearchEngine engine)
{
    public const int BatchSize = 1000;

    public async Task<int> RunAsync(Action<RebuildProgress> report, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await engine.ClearAsync(db, cancellationToken);
        }

        var done = 0;
        foreach (var source in sources)
        {
            IReadOnlyList<Guid> ids;
            await using (var scope = scopes.CreateAsyncScope())
            {
                ids = await source.ListPublicAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), cancellationToken);
            }

            var total = ids.Count;
            var lastDay = DateOnly.MinValue;
            var next = 0L;
            for (var start = 0; start < ids.Count; start += BatchSize)
            {
                var batch = ids.Skip(start).Take(BatchSize).ToList();
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var items = (await source.ReadPublicAsync(db, batch, cancellationToken)).ToDictionary(i => i.SourceId);
                var keyed = new List<(long, IndexItem)>(items.Count);
                foreach (var id in batch)
                {
                    if (!items.TryGetValue(id, out var item))
                    {
                        continue;
                    }

                    if (item.PublishedOn != lastDay)
                    {
                        lastDay = item.PublishedOn;
                        next = SearchKeys.FirstOf(lastDay);
                    }

                    keyed.Add((next++, item));
                }

                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    await engine.AppendAsync(db, keyed, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                done += keyed.Count;
                report(new RebuildProgress(source.Kind, Math.Min(start + batch.Count, total), total, done, clock.Elapsed));
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await engine.OptimizeAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), cancellationToken);
        }

        return done;
    }
}

public sealed record RebuildProgress(string Kind, int SourceDone, int SourceTotal, int Indexed, TimeSpan Elapsed)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Indexed / Elapsed.TotalSeconds : 0;
}
