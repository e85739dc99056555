using System.Diagnostics;
using System.Threading.Channels;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// Builds the index again from what each source says is public, oldest first, in batches of one transaction each,
/// reporting progress. Reading and analysing the next batches (on the other cores) overlaps writing this one.
/// Searches keep working meanwhile and see the index fill up.
/// </summary>
public sealed class SearchIndexRebuild(IServiceScopeFactory scopes, IEnumerable<ISearchSource> sources, ISearchEngine engine)
{
    public const int BatchSize = 1000;
    public const int CommitEvery = 100_000;

    public async Task<int> RunAsync(Action<RebuildProgress> report, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using (var scope = scopes.CreateAsyncScope())
        {
            await engine.ClearAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), cancellationToken);
        }

        var done = 0;

        // One counter per day across all sources: a document and its interpretation published the same day need two keys.
        var nextKeys = new Dictionary<DateOnly, long>();
        foreach (var source in sources)
        {
            IReadOnlyList<Guid> ids;
            await using (var scope = scopes.CreateAsyncScope())
            {
                ids = await source.ListPublicAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), cancellationToken);
            }

            var batches = Channel.CreateBounded<(int Through, List<PreparedEntry> Entries)>(2);
            var reading = Task.Run(() => ReadAsync(source, ids, nextKeys, batches.Writer, cancellationToken), cancellationToken);
            await using var writing = scopes.CreateAsyncScope();
            var db = writing.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await engine.BeginBulkAsync(db, cancellationToken);
            // A transaction spans many batches: each commit closes an FTS5 segment, and merging segments was what slowed
            // a million-document rebuild down (1,800 a second at first, 1,150 by the end, with a commit every 20,000).
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var inTransaction = 0;
            await foreach (var (through, entries) in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await engine.AppendAsync(db, entries, cancellationToken);
                inTransaction += entries.Count;
                done += entries.Count;
                if (inTransaction >= CommitEvery || through == ids.Count)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    inTransaction = 0;
                }

                report(new RebuildProgress(source.Kind, through, ids.Count, done, clock.Elapsed));
            }

            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            await reading;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await engine.EndBulkAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), cancellationToken);
        }

        return done;
    }

    // Keys are handed out here, in the order of the list: oldest first, a day's items one after another.
    private async Task ReadAsync(
        ISearchSource source, IReadOnlyList<Guid> ids, Dictionary<DateOnly, long> nextKeys, ChannelWriter<(int, List<PreparedEntry>)> writer, CancellationToken cancellationToken)
    {
        try
        {
            for (var start = 0; start < ids.Count; start += BatchSize)
            {
                var batch = ids.Skip(start).Take(BatchSize).ToList();
                IReadOnlyList<IndexItem> read;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    read = await source.ReadPublicAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), batch, cancellationToken);
                }

                var items = read.ToDictionary(i => i.SourceId);
                var keyed = new List<(long Key, IndexItem Item)>(items.Count);
                foreach (var id in batch)
                {
                    if (items.TryGetValue(id, out var item))
                    {
                        var key = nextKeys.TryGetValue(item.PublishedOn, out var next) ? next : SearchKeys.FirstOf(item.PublishedOn);
                        nextKeys[item.PublishedOn] = key + 1;
                        keyed.Add((key, item));
                    }
                }

                var prepared = keyed.AsParallel().AsOrdered().Select(k => engine.Prepare(k.Key, k.Item)).ToList();
                await writer.WriteAsync((start + batch.Count, prepared), cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception error)
        {
            writer.Complete(error);
            throw;
        }
    }
}

public sealed record RebuildProgress(string Kind, int SourceDone, int SourceTotal, int Indexed, TimeSpan Elapsed)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Indexed / Elapsed.TotalSeconds : 0;
}
