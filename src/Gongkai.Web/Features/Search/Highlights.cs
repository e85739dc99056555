using Gongkai.Web.Platform.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>Where the query text stands in a title or body, found on the canonical form and mapped back to the original characters.</summary>
public static class Highlights
{
    public const int SnippetLength = 120;
    private const int Lead = 30;

    public static IReadOnlyList<TextPart> Title(string title, IReadOnlyList<SearchPhrase> phrases) =>
        Parts(title, Ranges(title, phrases), 0, title.Length);

    /// <summary>About <see cref="SnippetLength"/> characters around the first match (the opening when nothing matches).</summary>
    public static IReadOnlyList<TextPart> Snippet(string text, IReadOnlyList<SearchPhrase> phrases)
    {
        var ranges = Ranges(text, phrases);
        var start = ranges.Count == 0 ? 0 : SentenceStart(text, ranges[0].Start);
        var end = Math.Min(text.Length, start + SnippetLength);
        start = Math.Max(0, Math.Min(start, end - SnippetLength));
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        var parts = Parts(text, ranges, start, end).Select(p => p with { Text = Flatten(p.Text) }).ToList();
        if (start > 0)
        {
            parts.Insert(0, new TextPart("…", false));
        }

        if (end < text.Length)
        {
            parts.Add(new TextPart("…", false));
        }

        return parts;
    }

    // Start after the last sentence or clause mark within the lead, so a snippet does not open in the middle of a word.
    private static int SentenceStart(string text, int match)
    {
        var earliest = Math.Max(0, match - Lead);
        for (var i = match - 1; i >= earliest; i--)
        {
            if (text[i] is '。' or '；' or '！' or '？' or '\n' or '，' or '：')
            {
                return i + 1;
            }
        }

        return earliest;
    }

    public static List<(int Start, int End)> Ranges(string text, IReadOnlyList<SearchPhrase> phrases)
    {
        var mapped = SearchText.Mapped(text);
        var found = new List<(int Start, int End)>();
        foreach (var phrase in phrases)
        {
            var needle = phrase.Needle;
            var lead = needle.StartsWith(' ') ? 1 : 0;
            var trail = needle.EndsWith(' ') ? 1 : 0;
            var at = mapped.Value.IndexOf(needle, StringComparison.Ordinal);
            while (at >= 0)
            {
                var first = at + lead;
                var last = at + needle.Length - trail - 1;
                var start = mapped.Origin[first];
                var end = mapped.Origin[last] + (char.IsHighSurrogate(text[mapped.Origin[last]]) ? 2 : 1);
                found.Add((start, end));
                at = mapped.Value.IndexOf(needle, at + Math.Max(1, needle.Length - trail), StringComparison.Ordinal);
            }
        }

        found.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in found)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static List<TextPart> Parts(string text, List<(int Start, int End)> ranges, int from, int to)
    {
        var parts = new List<TextPart>();
        var at = from;
        foreach (var (start, end) in ranges)
        {
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            if (e <= s)
            {
                continue;
            }

            if (s > at)
            {
                parts.Add(new TextPart(text[at..s], false));
            }

            parts.Add(new TextPart(text[s..e], true));
            at = e;
        }

        if (at < to)
        {
            parts.Add(new TextPart(text[at..to], false));
        }

        return parts;
    }

    private static string Flatten(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
}
