using System.Text;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// The tokens both engines index, in order: each Han run gives its first character alone, its overlapping pairs and
/// its last character alone (a one-character run gives that character once), so that where a run starts and ends is
/// a token, and one character is found as the prefix of a token; a run of letters and digits is one token.
/// "社会保险 2014" → 社 社会 会保 保险 险 2014. The run edges let "61号" be looked up as the two tokens 61 号, with
/// no prefix search (a prefix like 号* costs FTS5 a merge of every token that starts with it).
/// </summary>
public static class IndexTokens
{
    /// <summary>Longer runs of letters and digits are cut, within what PostgreSQL allows a lexeme.</summary>
    public const int MaxWordLength = 200;

    /// <summary>The tokens separated by spaces, written straight from the canonical text (a rebuild runs this on every document).</summary>
    public static string Join(string canonical)
    {
        var builder = new StringBuilder(canonical.Length * 3);
        var span = canonical.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (span[i] == ' ')
            {
                i++;
                continue;
            }

            var end = span[i..].IndexOf(' ');
            var segment = end < 0 ? span[i..] : span.Slice(i, end);
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            if (SearchText.Classify(Rune.GetRuneAt(canonical, i)) == CharClass.Han)
            {
                AppendPairs(builder, segment);
            }
            else
            {
                builder.Append(segment.Length > MaxWordLength ? segment[..MaxWordLength] : segment);
            }

            i += segment.Length;
        }

        return builder.ToString();
    }

    public static IEnumerable<string> Of(string canonical)
    {
        foreach (var segment in Segments(canonical))
        {
            if (segment.IsHan)
            {
                var runes = segment.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
                if (runes.Length > 1)
                {
                    yield return runes[0];
                }

                for (var i = 0; i + 1 < runes.Length; i++)
                {
                    yield return runes[i] + runes[i + 1];
                }

                yield return runes[^1];
            }
            else
            {
                yield return Word(segment.Text);
            }
        }
    }

    private static void AppendPairs(StringBuilder builder, ReadOnlySpan<char> run)
    {
        var first = char.IsHighSurrogate(run[0]) && run.Length > 1 ? 2 : 1;
        if (first < run.Length)
        {
            builder.Append(run[..first]).Append(' ');
        }

        var previous = ReadOnlySpan<char>.Empty;
        var at = 0;
        while (at < run.Length)
        {
            var length = char.IsHighSurrogate(run[at]) && at + 1 < run.Length ? 2 : 1;
            var current = run.Slice(at, length);
            if (!previous.IsEmpty)
            {
                builder.Append(previous).Append(current).Append(' ');
            }

            previous = current;
            at += length;
        }

        builder.Append(previous);
    }

    public static string Word(string text) => text.Length > MaxWordLength ? text[..MaxWordLength] : text;

    public static IEnumerable<Segment> Segments(string canonical)
    {
        foreach (var part in canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return new Segment(part, SearchText.Classify(Rune.GetRuneAt(part, 0)) == CharClass.Han);
        }
    }
}

public readonly record struct Segment(string Text, bool IsHan);
