using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// The index in one database engine (SQLite FTS5 or PostgreSQL tsvector). Writes join the context's current
/// transaction, so the index changes in the same unit of work as the content it mirrors.
/// </summary>
public interface ISearchEngine
{
    /// <summary>Keys of matches, newest first; <paramref name="titleOnly"/> asks for titles that contain every term.</summary>
    Task<IReadOnlyList<long>> FindAsync(GongkaiDbContext db, IndexQuery query, bool titleOnly, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The number of matches, counting no further than <paramref name="cap"/>.</summary>
    Task<int> CountAsync(GongkaiDbContext db, IndexQuery query, int cap, CancellationToken cancellationToken);

    Task<IReadOnlyList<IndexedRow>> ReadAsync(GongkaiDbContext db, IReadOnlyCollection<long> keys, CancellationToken cancellationToken);

    /// <summary>Puts each item in the index (replacing its earlier entry) and takes <paramref name="removed"/> out.</summary>
    Task WriteAsync(GongkaiDbContext db, IReadOnlyList<IndexItem> items, string kind, IReadOnlyCollection<Guid> removed, CancellationToken cancellationToken);

    /// <summary>A rebuild's fast path: items already in date order with their keys, into an index known not to hold them.</summary>
    Task AppendAsync(GongkaiDbContext db, IReadOnlyList<(long Key, IndexItem Item)> items, CancellationToken cancellationToken);

    Task ClearAsync(GongkaiDbContext db, CancellationToken cancellationToken);

    /// <summary>The engine's own maintenance after a rebuild (merging FTS5 segments, ANALYZE).</summary>
    Task OptimizeAsync(GongkaiDbContext db, CancellationToken cancellationToken);
}
