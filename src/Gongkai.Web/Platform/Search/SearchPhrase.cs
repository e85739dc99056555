using System.Text;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// One query term as the engines look for it: consecutive <see cref="Tokens"/> (the last one possibly a prefix), which
/// occur exactly where <see cref="Needle"/> occurs in the canonical text. A Han run of the term that is followed by
/// more of the term must end where the text's run ends, so it brings its last character alone; one that follows a
/// word must start where the text's run starts, so it brings its first character alone; a word at either edge of the
/// term must be whole, so the needle keeps the space beside it.
/// </summary>
public sealed record SearchPhrase(IReadOnlyList<string> Tokens, bool LastIsPrefix, string Needle)
{
    /// <summary>The phrase for a term, or null when the term holds no letter, digit or Han character.</summary>
    public static SearchPhrase? From(string term)
    {
        var canonical = SearchText.Canonical(term);
        var segments = IndexTokens.Segments(canonical).ToList();
        if (segments.Count == 0)
        {
            return null;
        }

        var tokens = new List<string>();
        var lastIsPrefix = false;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var isLast = s == segments.Count - 1;
            if (!segment.IsHan)
            {
                tokens.Add(IndexTokens.Word(segment.Text));
                continue;
            }

            var runes = segment.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            var isFirst = s == 0;
            if (runes.Length == 1)
            {
                // Alone, one character may stand anywhere: the prefix of a token. Beside a word it is a run's edge.
                tokens.Add(runes[0]);
                lastIsPrefix = isFirst && isLast;
                continue;
            }

            if (!isFirst)
            {
                tokens.Add(runes[0]);
            }

            for (var i = 0; i + 1 < runes.Length; i++)
            {
                tokens.Add(runes[i] + runes[i + 1]);
            }

            if (!isLast)
            {
                tokens.Add(runes[^1]);
            }
        }

        var needle = new StringBuilder(canonical.Trim());
        if (!segments[0].IsHan)
        {
            needle.Insert(0, ' ');
        }

        if (!segments[^1].IsHan)
        {
            needle.Append(' ');
        }

        return new SearchPhrase(tokens, lastIsPrefix, needle.ToString());
    }

    /// <summary>Whether the phrase occurs in a canonical text: what the engines' answers must equal.</summary>
    public bool OccursIn(string canonical) => canonical.Contains(Needle, StringComparison.Ordinal);
}
