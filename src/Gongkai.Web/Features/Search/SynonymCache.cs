using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search;

/// <summary>The synonym list in memory, keyed by each word's canonical form; reloaded after an administrator changes it.</summary>
public sealed class SynonymCache(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyDictionary<string, IReadOnlyList<string>>? groups;

    public void Invalidate() => groups = null;

    /// <summary>The other words of the group that <paramref name="term"/> belongs to (none when it is in no group).</summary>
    public async Task<IReadOnlyList<string>> OthersAsync(string term, CancellationToken cancellationToken)
    {
        var all = groups ?? await LoadAsync(cancellationToken);
        var key = SearchText.Canonical(term).Trim();
        return all.TryGetValue(key, out var words)
            ? words.Where(w => SearchText.Canonical(w).Trim() != key).ToList()
            : [];
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var rows = await db.Set<SynonymGroup>().AsNoTracking().Select(g => g.Terms).ToListAsync(cancellationToken);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var words in rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            foreach (var word in words)
            {
                var key = SearchText.Canonical(word).Trim();
                map[key] = map.TryGetValue(key, out var earlier) ? [.. earlier.Union(words)] : words;
            }
        }

        groups = map;
        return map;
    }
}
