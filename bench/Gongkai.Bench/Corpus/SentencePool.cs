using System.Text.RegularExpressions;

namespace Gongkai.Bench.Corpus;

/// <summary>
/// The seed sentences split into the common pool every document draws from and a few rare ones (about one document in
/// <see cref="RareOneIn"/>), so that the query set has a seed fragment with few hits: <see cref="RareFragment"/>, eight
/// Han characters that occur in no other sentence, title subject or theme sentence.
/// </summary>
internal static partial class SentencePool
{
    public const int RareOneIn = 40_000;

    public static readonly IReadOnlyList<string> Rare;
    public static readonly IReadOnlyList<string> Common;
    public static readonly IReadOnlyList<string> TitlePhrases;
    public static readonly string RareFragment;

    static SentencePool()
    {
        var all = SeedSentences.All;
        var themeText = string.Join("\n", Themes.All.SelectMany(t => t.Sentences.Concat(t.Subjects)));
        var candidates = new List<(string Sentence, string Fragment)>();
        foreach (var sentence in all)
        {
            var fragment = HanWindows(sentence, 8).FirstOrDefault(w =>
                !themeText.Contains(w, StringComparison.Ordinal) && all.Count(s => s.Contains(w, StringComparison.Ordinal)) == 1);
            if (fragment is not null)
            {
                candidates.Add((sentence, fragment));
            }
        }

        // Two rare sentences, picked from the middle of the candidates so that neither is a seed's opening line.
        var picked = new[] { candidates[candidates.Count / 3], candidates[2 * candidates.Count / 3] };
        Rare = picked.Select(p => p.Sentence).ToList();
        RareFragment = picked[0].Fragment;
        Common = all.Except(Rare, StringComparer.Ordinal).ToList();
        TitlePhrases = Common
            .SelectMany(s => ClauseBreak().Split(s))
            .Where(c => c.Length is >= 6 and <= 18 && AllHan().IsMatch(c) && !c.StartsWith('和') && !c.StartsWith('及') && !c.StartsWith('的'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Runs of <paramref name="length"/> consecutive Han characters in the text.</summary>
    public static IEnumerable<string> HanWindows(string text, int length)
    {
        for (var start = 0; start + length <= text.Length; start++)
        {
            var window = text.Substring(start, length);
            if (window.All(c => c is >= '\u4e00' and <= '\u9fff'))
            {
                yield return window;
            }
        }
    }

    [GeneratedRegex(@"[,，、:：;；。！？!?“”""《》()（）\s]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^[\u4e00-\u9fff]+$")]
    private static partial Regex AllHan();
}
