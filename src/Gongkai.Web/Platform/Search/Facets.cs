using System.Globalization;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// Filters as tokens of a column of their own in the SQLite index (a letter for the facet, then the value), so a
/// filter narrows the full-text match inside FTS5 instead of after it. A query never reaches that column.
/// </summary>
public static class Facets
{
    public static string Tokens(IndexItem item)
    {
        var tokens = new List<string>
        {
            Agency(item.AgencyId),
            Kind(item.Kind),
            Validity(item.Validity),
        };
        if (item.CategoryId is { } category)
        {
            tokens.Add(Category(category));
        }

        if (item.TopicCode.Length > 0)
        {
            tokens.Add(Topic(item.TopicCode));
            var dot = item.TopicCode.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0)
            {
                tokens.Add(Topic(item.TopicCode[..dot]));
            }
        }

        if (item.Genre.Length > 0)
        {
            tokens.Add(Genre(item.Genre));
        }

        return string.Join(' ', tokens);
    }

    /// <summary>The facet part of an FTS5 expression, or null when nothing is filtered.</summary>
    public static string? Expression(IndexFilter filter)
    {
        var parts = new List<string>();
        if (filter.AgencyId is { } agency)
        {
            parts.Add(Agency(agency));
        }

        if (filter.CategoryIds is { Count: > 0 } categories)
        {
            parts.Add("(" + string.Join(" OR ", categories.Select(Category)) + ")");
        }

        if (filter.TopicCode is { Length: > 0 } topic)
        {
            parts.Add(Topic(topic));
        }

        if (filter.Genre is { Length: > 0 } genre)
        {
            parts.Add(Genre(genre));
        }

        if (filter.Validity is { } validity)
        {
            parts.Add(Validity(validity));
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            parts.Add(Kind(kind));
        }

        return parts.Count == 0 ? null : "facets : (" + string.Join(" AND ", parts) + ")";
    }

    private static string Agency(Guid id) => "a" + id.ToString("N");

    private static string Category(Guid id) => "c" + id.ToString("N");

    private static string Kind(string kind) => "k" + Clean(kind);

    private static string Validity(int validity) => "v" + validity.ToString(CultureInfo.InvariantCulture);

    private static string Topic(string code) => "t" + Clean(code);

    private static string Genre(string genre) => "g" + Clean(genre);

    // Only letters and digits survive FTS5's tokenizer as one token: 命令（令） becomes g命令令.
    private static string Clean(string value) =>
        string.Concat(value.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
