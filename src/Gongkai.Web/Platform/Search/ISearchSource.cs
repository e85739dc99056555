using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// A capability that puts its public content in the index. It reads only through its own public gate, so nothing that
/// is not public can be indexed; the index asks again after every change, in the same transaction.
/// </summary>
public interface ISearchSource
{
    string Kind { get; }

    /// <summary>Whether a changed entity may change what this source puts in the index, and which item it is.</summary>
    bool Tracks(object entity, out Guid sourceId);

    /// <summary>The items among <paramref name="ids"/> that are public now; the others leave the index.</summary>
    Task<IReadOnlyList<IndexItem>> ReadPublicAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Every public item, oldest first, for a rebuild.</summary>
    Task<IReadOnlyList<Guid>> ListPublicAsync(GongkaiDbContext db, CancellationToken cancellationToken);

    /// <summary>The <see cref="IndexItem.Content"/> of public items, for snippets.</summary>
    Task<IReadOnlyDictionary<Guid, string>> ReadContentAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    string UrlOf(string agencyCode, Guid sourceId);

    /// <summary>
    /// Whether a changed entity of another kind may change which of this source's items are public (an interpretation is
    /// public only while one of its documents is), and its id; <see cref="DependentsAsync"/> then names the items.
    /// </summary>
    bool TracksDependency(object entity, out Guid dependencyId)
    {
        dependencyId = Guid.Empty;
        return false;
    }

    /// <summary>This source's items that depend on the changed entities, read after the save in the same transaction.</summary>
    Task<IReadOnlyCollection<Guid>> DependentsAsync(GongkaiDbContext db, IReadOnlyCollection<Guid> dependencyIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<Guid>>([]);
}
