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

    Task<IReadOnlyList<IndexedRow>> ReadAsync(GongkaiDbContext db, IReadOnlyCollection<long> keys, CancellationToken cancellationToken);

    /// <summary>Puts each item in the index (replacing its earlier entry) and takes <paramref name="removed"/> out.</summary>
    Task WriteAsync(GongkaiDbContext db, IReadOnlyList<IndexItem> items, string kind, IReadOnlyCollection<Guid> removed, CancellationToken cancellationToken);

    /// <summary>The analysis of an item for this engine: pure work, safe on any thread, so a rebuild can run it in parallel.</summary>
    PreparedEntry Prepare(long key, IndexItem item);

    /// <summary>A rebuild's fast path: prepared entries with their keys, into an index known not to hold them.</summary>
    Task AppendAsync(GongkaiDbContext db, IReadOnlyList<PreparedEntry> entries, CancellationToken cancellationToken);

    Task ClearAsync(GongkaiDbContext db, CancellationToken cancellationToken);

    /// <summary>Readies a connection that will append a whole rebuild (bigger page cache, fewer merges on the way).</summary>
    Task BeginBulkAsync(GongkaiDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Back to the settings of everyday writes, with fresh planner statistics. No full FTS5 'optimize': at a million
    /// documents it took four minutes, and the automatic merges already keep the segments few.
    /// </summary>
    Task EndBulkAsync(GongkaiDbContext db, CancellationToken cancellationToken);
}

/// <summary>An item analyzed by an engine: for FTS5 the token texts, for PostgreSQL the canonical texts and the distinct tokens.</summary>
public sealed record PreparedEntry(long Key, IndexItem Item, string Title, string Content, string Extra, string[] Terms);
