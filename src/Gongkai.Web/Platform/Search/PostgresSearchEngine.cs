using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// The index in PostgreSQL: search_entries holds, besides what a hit shows, the analyzer's tokens as a tsvector with
/// a GIN index and the canonical title and content. The tsvector finds the rows holding every pair of a term; the
/// canonical text then confirms the pairs stand together. (tsvector positions stop at 16,383 and 256 per word, too
/// few for long documents, so the phrase is checked on the text instead.)
/// </summary>
internal sealed class PostgresSearchEngine : ISearchEngine
{
    public async Task<IReadOnlyList<long>> FindAsync(GongkaiDbContext db, IndexQuery query, bool titleOnly, int skip, int take, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "", cancellationToken);
        command.CommandText = "SELECT key FROM search_entries WHERE " + Condition(command, query, titleOnly) + " ORDER BY key DESC LIMIT @take OFFSET @skip";
        command.Add("take", take);
        command.Add("skip", skip);
        return await command.ReadKeysAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IndexedRow>> ReadAsync(GongkaiDbContext db, IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        await using var command = await DbCommands.CreateAsync(db, "SELECT key, kind, source_id, agency_id, published_on, title, document_number, index_number FROM search_entries WHERE key = ANY(@keys)", cancellationToken);
        command.Add("keys", keys.ToArray());
        var rows = new List<IndexedRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IndexedRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetGuid(2),
                reader.GetGuid(3),
                reader.GetFieldValue<DateOnly>(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return rows;
    }

    public async Task WriteAsync(GongkaiDbContext db, IReadOnlyList<IndexItem> items, string kind, IReadOnlyCollection<Guid> removed, CancellationToken cancellationToken)
    {
        // Keys are handed out as max + 1 within a day: two writers at once would pick the same one.
        await using (var command = await DbCommands.CreateAsync(db, "SELECT pg_advisory_xact_lock(4740117)", cancellationToken))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (removed.Count > 0)
        {
            await using var command = await DbCommands.CreateAsync(db, "DELETE FROM search_entries WHERE kind = @kind AND source_id = ANY(@ids)", cancellationToken);
            command.Add("kind", kind);
            command.Add("ids", removed.ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var item in items)
        {
            long? existing;
            await using (var command = await DbCommands.CreateAsync(db, "DELETE FROM search_entries WHERE kind = @kind AND source_id = @source RETURNING key", cancellationToken))
            {
                command.Add("kind", item.Kind);
                command.Add("source", item.SourceId);
                existing = await command.ExecuteScalarAsync(cancellationToken) is long key ? key : null;
            }

            long next;
            if (existing is { } same && SearchKeys.DayOf(same) == item.PublishedOn)
            {
                next = same;
            }
            else
            {
                await using var command = await DbCommands.CreateAsync(db, "SELECT coalesce(max(key) + 1, @first) FROM search_entries WHERE key BETWEEN @first AND @last", cancellationToken);
                command.Add("first", SearchKeys.FirstOf(item.PublishedOn));
                command.Add("last", SearchKeys.LastOf(item.PublishedOn));
                next = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            await AppendAsync(db, [Prepare(next, item)], cancellationToken);
        }
    }

    public PreparedEntry Prepare(long key, IndexItem item)
    {
        var title = SearchText.Canonical(item.Title);
        var content = SearchText.Canonical(item.Content);
        var terms = IndexTokens.Of(title).Concat(IndexTokens.Of(content)).Distinct(StringComparer.Ordinal).ToArray();
        return new PreparedEntry(key, item, title, content, "", terms);
    }

    public async Task AppendAsync(GongkaiDbContext db, IReadOnlyList<PreparedEntry> entries, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, """
            INSERT INTO search_entries (key, kind, source_id, agency_id, category_id, topic_code, genre, validity, published_on, title, document_number, index_number, title_text, content_text, terms)
            VALUES (@key, @kind, @source, @agency, @category, @topic, @genre, @validity, @published, @title, @number, @index, @titleText, @contentText, array_to_tsvector(@terms))
            """, cancellationToken);
        var p = new[] { "key", "kind", "source", "agency", "category", "topic", "genre", "validity", "published", "title", "number", "index", "titleText", "contentText", "terms" }
            .Select(name => command.Add(name, null)).ToArray();
        p[4].DbType = System.Data.DbType.Guid;
        p[10].DbType = System.Data.DbType.String;
        p[11].DbType = System.Data.DbType.String;
        foreach (var prepared in entries)
        {
            var (key, item) = (prepared.Key, prepared.Item);
            p[0].Value = key;
            p[1].Value = item.Kind;
            p[2].Value = item.SourceId;
            p[3].Value = item.AgencyId;
            p[4].Value = item.CategoryId is { } category ? category : DBNull.Value;
            p[5].Value = item.TopicCode;
            p[6].Value = item.Genre;
            p[7].Value = item.Validity;
            p[8].Value = item.PublishedOn;
            p[9].Value = item.Title;
            p[10].Value = (object?)item.DocumentNumber ?? DBNull.Value;
            p[11].Value = (object?)item.IndexNumber ?? DBNull.Value;
            p[12].Value = prepared.Title;
            p[13].Value = prepared.Content;
            p[14].Value = prepared.Terms;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ClearAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "TRUNCATE search_entries", cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task BeginBulkAsync(GongkaiDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task EndBulkAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await DbCommands.CreateAsync(db, "ANALYZE search_entries", cancellationToken);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Condition(DbCommand command, IndexQuery query, bool titleOnly)
    {
        var parts = new List<string>();
        var n = 0;
        foreach (var alternatives in query.Terms)
        {
            var options = new List<string>();
            foreach (var phrase in alternatives)
            {
                var q = "q" + n.ToString(CultureInfo.InvariantCulture);
                var needle = "n" + n.ToString(CultureInfo.InvariantCulture);
                n++;
                command.Add(q, TsQuery(phrase));
                var option = new StringBuilder($"(terms @@ @{q}::tsquery");
                if (titleOnly)
                {
                    command.Add(needle, phrase.Needle);
                    option.Append($" AND strpos(title_text, @{needle}) > 0");
                }
                else if (phrase.Tokens.Count > 1)
                {
                    command.Add(needle, phrase.Needle);
                    option.Append($" AND (strpos(title_text, @{needle}) > 0 OR strpos(content_text, @{needle}) > 0)");
                }

                options.Add(option.Append(')').ToString());
            }

            parts.Add("(" + string.Join(" OR ", options) + ")");
        }

        var filter = query.Filter;
        if (filter.AgencyId is { } agency)
        {
            command.Add("agency", agency);
            parts.Add("agency_id = @agency");
        }

        if (filter.CategoryIds is { Count: > 0 } categories)
        {
            command.Add("categories", categories.ToArray());
            parts.Add("category_id = ANY(@categories)");
        }

        if (filter.TopicCode is { Length: > 0 } topic)
        {
            command.Add("topic", topic);
            command.Add("subtopics", topic + ".%");
            parts.Add("(topic_code = @topic OR topic_code LIKE @subtopics)");
        }

        if (filter.Genre is { Length: > 0 } genre)
        {
            command.Add("genre", genre);
            parts.Add("genre = @genre");
        }

        if (filter.Validity is { } validity)
        {
            command.Add("validity", validity);
            parts.Add("validity = @validity");
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            command.Add("kind", kind);
            parts.Add("kind = @kind");
        }

        if (filter.KeyFrom is { } from)
        {
            command.Add("keyFrom", from);
            parts.Add("key >= @keyFrom");
        }

        if (filter.KeyTo is { } to)
        {
            command.Add("keyTo", to);
            parts.Add("key <= @keyTo");
        }

        return string.Join(" AND ", parts);
    }

    // Lexemes are quoted as they are: the tsquery cast does no normalizing, unlike to_tsquery.
    private static string TsQuery(SearchPhrase phrase) =>
        string.Join(" & ", phrase.Tokens.Select((token, i) =>
            "'" + token + "'" + (phrase.LastIsPrefix && i == phrase.Tokens.Count - 1 ? ":*" : "")));
}
