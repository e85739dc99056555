using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// The index in SQLite: search_entries holds what a hit shows; search_index is a contentless FTS5 table over the
/// analyzer's tokens (title, content and the facet tokens), its rowid the entry's key. A term is an FTS5 phrase, so
/// FTS5 itself checks that the pairs are consecutive.
/// </summary>
internal sealed class SqliteSearchEngine : ISearchEngine
{
    private const int BulkCacheKiB = 512 * 1024;
    private const int BulkAutomerge = 16;
    private const int BulkHashBytes = 1024 * 1024 * 1024;

    public async Task<IReadOnlyList<long>> FindAsync(GongkaiDbContext db, IndexQuery query, bool titleOnly, int skip, int take, CancellationToken cancellationToken)
    {
        await using var command = await MatchCommandAsync(db, query, titleOnly, "SELECT rowid FROM search_index", " ORDER BY rowid DESC LIMIT $take OFFSET $skip", cancellationToken);
        command.Add("$take", take);
        command.Add("$skip", skip);
        return await command.ReadKeysAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IndexedRow>> ReadAsync(GongkaiDbContext db, IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var sql = "SELECT key, kind, source_id, agency_id, published_on, title, document_number, index_number FROM search_entries WHERE key IN ("
            + string.Join(',', keys.Select(k => k.ToString(CultureInfo.InvariantCulture))) + ")";
        await using var command = await DbCommands.CreateAsync(db, sql, cancellationToken);
        var rows = new List<IndexedRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IndexedRow(
                reader.GetInt64(0),
                reader.GetString(1),
                Guid.Parse(reader.GetString(2)),
                Guid.Parse(reader.GetString(3)),
                DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return rows;
    }

    public async Task WriteAsync(GongkaiDbContext db, IReadOnlyList<IndexItem> items, string kind, IReadOnlyCollection<Guid> removed, CancellationToken cancellationToken)
    {
        foreach (var id in removed)
        {
            if (await KeyOfAsync(db, kind, id, cancellationToken) is { } key)
            {
                await DeleteAsync(db, key.Key, cancellationToken);
            }
        }

        foreach (var item in items)
        {
            var existing = await KeyOfAsync(db, item.Kind, item.SourceId, cancellationToken);
            if (existing is not null)
            {
                await DeleteAsync(db, existing.Value.Key, cancellationToken);
            }

            var key = existing is { } same && same.PublishedOn == item.PublishedOn
                ? same.Key
                : await NextKeyAsync(db, item.PublishedOn, cancellationToken);
            await AppendAsync(db, [Prepare(key, item)], cancellationToken);
        }
    }

    public PreparedEntry Prepare(long key, IndexItem item) => new(
        key,
        item,
        IndexTokens.Join(SearchText.Canonical(item.Title)),
        IndexTokens.Join(SearchText.Canonical(item.Content)),
        Facets.Tokens(item),
        []);

    public async Task AppendAsync(GongkaiDbContext db, IReadOnlyList<PreparedEntry> entries, CancellationToken cancellationToken)
    {
        await using var entry = await DbCommands.CreateAsync(db, """
            INSERT INTO search_entries (key, kind, source_id, agency_id, category_id, topic_code, genre, validity, published_on, title, document_number, index_number)
            VALUES ($key, $kind, $source, $agency, $category, $topic, $genre, $validity, $published, $title, $number, $index)
            """, cancellationToken);
        var p = new[] { "$key", "$kind", "$source", "$agency", "$category", "$topic", "$genre", "$validity", "$published", "$title", "$number", "$index" }
            .Select(name => entry.Add(name, null)).ToArray();
        await using var fts = await DbCommands.CreateAsync(db, "INSERT INTO search_index (rowid, title, content, facets) VALUES ($key, $title, $content, $facets)", cancellationToken);
        var f = new[] { "$key", "$title", "$content", "$facets" }.Select(name => fts.Add(name, null)).ToArray();
        foreach (var prepared in entries)
        {
            var (key, item) = (prepared.Key, prepared.Item);
            p[0].Value = key;
            p[1].Value = item.Kind;
            p[2].Value = Text(item.SourceId);
            p[3].Value = Text(item.AgencyId);
            p[4].Value = item.CategoryId is { } category ? Text(category) : DBNull.Value;
            p[5].Value = item.TopicCode;
            p[6].Value = item.Genre;
            p[7].Value = item.Validity;
            p[8].Value = item.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[9].Value = item.Title;
            p[10].Value = (object?)item.DocumentNumber ?? DBNull.Value;
            p[11].Value = (object?)item.IndexNumber ?? DBNull.Value;
            await entry.ExecuteNonQueryAsync(cancellationToken);

            f[0].Value = key;
            f[1].Value = prepared.Title;
            f[2].Value = prepared.Content;
            f[3].Value = prepared.Extra;
            await fts.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ClearAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "DELETE FROM search_entries; INSERT INTO search_index (search_index) VALUES ('delete-all');", cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task BeginBulkAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, $"PRAGMA cache_size = -{BulkCacheKiB}; INSERT INTO search_index (search_index, rank) VALUES ('automerge', {BulkAutomerge}); INSERT INTO search_index (search_index, rank) VALUES ('hashsize', {BulkHashBytes});", cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task EndBulkAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "INSERT INTO search_index (search_index, rank) VALUES ('automerge', 4); INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 1048576); ANALYZE search_entries;", cancellationToken);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The FTS5 expression: each term a group of alternative phrases in the title or content column.</summary>
    public static string Expression(IndexQuery query, bool titleOnly)
    {
        var columns = titleOnly ? "title" : "{title content}";
        var parts = query.Terms.Select(alternatives =>
            columns + " : (" + string.Join(" OR ", alternatives.Select(Phrase)) + ")").ToList();
        if (Facets.Expression(query.Filter) is { } facets)
        {
            parts.Add(facets);
        }

        return string.Join(" AND ", parts);
    }

    private static string Phrase(SearchPhrase phrase)
    {
        var text = new StringBuilder("\"");
        text.AppendJoin(' ', phrase.Tokens);
        text.Append('"');
        if (phrase.LastIsPrefix)
        {
            text.Append(" *");
        }

        return text.ToString();
    }

    private static async Task<DbCommand> MatchCommandAsync(GongkaiDbContext db, IndexQuery query, bool titleOnly, string head, string tail, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(head).Append(" WHERE search_index MATCH $match");
        if (query.Filter.KeyFrom is not null)
        {
            sql.Append(" AND rowid >= $from");
        }

        if (query.Filter.KeyTo is not null)
        {
            sql.Append(" AND rowid <= $to");
        }

        var command = await DbCommands.CreateAsync(db, sql.Append(tail).ToString(), cancellationToken);
        command.Add("$match", Expression(query, titleOnly));
        if (query.Filter.KeyFrom is { } from)
        {
            command.Add("$from", from);
        }

        if (query.Filter.KeyTo is { } to)
        {
            command.Add("$to", to);
        }

        return command;
    }

    private static async Task<(long Key, DateOnly PublishedOn)?> KeyOfAsync(GongkaiDbContext db, string kind, Guid sourceId, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "SELECT key FROM search_entries WHERE kind = $kind AND source_id = $source", cancellationToken);
        command.Add("$kind", kind);
        command.Add("$source", Text(sourceId));
        var value = await command.ExecuteScalarAsync(cancellationToken);
        if (value is null or DBNull)
        {
            return null;
        }

        var key = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return (key, SearchKeys.DayOf(key));
    }

    private static async Task<long> NextKeyAsync(GongkaiDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "SELECT max(key) FROM search_entries WHERE key BETWEEN $first AND $last", cancellationToken);
        command.Add("$first", SearchKeys.FirstOf(day));
        command.Add("$last", SearchKeys.LastOf(day));
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? SearchKeys.FirstOf(day) : Convert.ToInt64(value, CultureInfo.InvariantCulture) + 1;
    }

    private static async Task DeleteAsync(GongkaiDbContext db, long key, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "DELETE FROM search_index WHERE rowid = $key; DELETE FROM search_entries WHERE key = $key;", cancellationToken);
        command.Add("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The same text form as EF Core's SQLite provider gives a Guid, so the columns compare with the other tables.
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();
}
