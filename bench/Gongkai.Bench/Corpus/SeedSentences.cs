using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Web.Platform.Demo.Seeds;

namespace Gongkai.Bench.Corpus;

/// <summary>
/// The five seed texts cut into sentences (on 。！？； and their half-width forms). Page furniture (dates, 浏览 counts, lone names) is left out.
/// </summary>
internal static partial class SeedSentences
{
    public static readonly IReadOnlyList<string> Texts = [Seed000.Text, Seed001.Text, Seed002.Text, Seed003.Text, Seed004.Text];

    /// <summary>Every usable sentence of the seeds, in order, each ending with its punctuation (。 added to headings).</summary>
    public static readonly IReadOnlyList<string> All = Split();

    private static List<string> Split()
    {
        var sentences = new List<string>();
        foreach (var text in Texts)
        {
            foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.StartsWith("时间", StringComparison.Ordinal) || line.Contains("浏览", StringComparison.Ordinal) || line.Contains("扫一扫", StringComparison.Ordinal))
                {
                    continue;
                }

                var current = new StringBuilder();
                foreach (var c in line)
                {
                    current.Append(c);
                    if (c is '。' or '！' or '？' or '；' or ';' or '!' or '?')
                    {
                        Add(sentences, current.ToString());
                        current.Clear();
                    }
                }

                Add(sentences, current.ToString());
            }
        }

        return sentences.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Add(List<string> sentences, string raw)
    {
        var sentence = Enumeration().Replace(raw.Trim(), "").Trim();
        if (HanCount(sentence) < 8 || DateOnlyLine().IsMatch(sentence) || sentence.Contains('〔', StringComparison.Ordinal) && sentence.Length < 24)
        {
            return;
        }

        var last = sentence[^1];
        sentence = last switch
        {
            ';' or '；' => sentence[..^1] + "；",
            '!' => sentence[..^1] + "！",
            '?' => sentence[..^1] + "？",
            '。' or '！' or '？' => sentence,
            ':' or '：' or ',' or '，' or '、' => sentence[..^1] + "。",
            _ => sentence + "。",
        };
        sentences.Add(sentence);
    }

    public static int HanCount(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff');

    // (一) （二） 一、 1. 12、 at the head of a sentence: the numbering of the seed's outline, meaningless once recombined.
    [GeneratedRegex(@"^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.．、]\s*)")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex DateOnlyLine();
}
