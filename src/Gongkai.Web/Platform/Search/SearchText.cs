using System.Text;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// The canonical form that both the index and the query are made from: full-width forms folded to half-width,
/// letters lower-cased, and the text cut into segments — runs of Han characters and runs of letters and digits —
/// written with exactly one space before and after each segment. Punctuation and white space only separate.
/// "鲁人社办发〔2014〕61号" and "鲁人社办发[2014]61号" both become " 鲁人社办发 2014 61 号 ".
/// A query term is found where its canonical form occurs in the canonical text.
/// </summary>
public static class SearchText
{
    public static string Canonical(string text) => Build(text, null);

    /// <summary>The canonical form with, for each of its UTF-16 units, where its character starts in <paramref name="text"/> (-1 for inserted spaces).</summary>
    public static CanonicalText Mapped(string text)
    {
        var origin = new List<int>(text.Length + 8);
        var value = Build(text, origin);
        return new CanonicalText(value, [.. origin]);
    }

    /// <summary>Full-width ASCII and the ideographic space folded to their half-width forms, character for character.</summary>
    public static Rune Fold(Rune rune)
    {
        var v = rune.Value;
        if (v is >= 0xFF01 and <= 0xFF5E)
        {
            return new Rune(v - 0xFEE0);
        }

        return v == 0x3000 ? new Rune(' ') : rune;
    }

    public static CharClass Classify(Rune rune)
    {
        var v = rune.Value;
        if (v is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or 0x3007 or (>= 0x20000 and <= 0x3FFFF))
        {
            return CharClass.Han;
        }

        return Rune.IsLetterOrDigit(rune) ? CharClass.Word : CharClass.Separator;
    }

    private static string Build(string text, List<int>? origin)
    {
        var builder = new StringBuilder(text.Length + 8);
        var previous = CharClass.Separator;
        var index = 0;
        Span<char> units = stackalloc char[2];
        Append(builder, origin, ' ', -1);
        foreach (var raw in text.EnumerateRunes())
        {
            var rune = Fold(raw);
            var kind = Classify(rune);
            if (kind == CharClass.Separator)
            {
                if (previous != CharClass.Separator)
                {
                    Append(builder, origin, ' ', -1);
                }
            }
            else
            {
                if (previous != CharClass.Separator && previous != kind)
                {
                    Append(builder, origin, ' ', -1);
                }

                var lower = kind == CharClass.Word ? Rune.ToLowerInvariant(rune) : rune;
                var count = lower.EncodeToUtf16(units);
                for (var i = 0; i < count; i++)
                {
                    Append(builder, origin, units[i], index);
                }
            }

            previous = kind;
            index += raw.Utf16SequenceLength;
        }

        if (previous != CharClass.Separator)
        {
            Append(builder, origin, ' ', -1);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, List<int>? origin, char c, int at)
    {
        builder.Append(c);
        origin?.Add(at);
    }
}

public enum CharClass
{
    Separator,
    Han,
    Word,
}

/// <summary>A canonical text and, per UTF-16 unit, the index of the original character it came from (-1 for a space).</summary>
public sealed record CanonicalText(string Value, int[] Origin);
