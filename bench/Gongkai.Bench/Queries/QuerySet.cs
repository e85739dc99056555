using Gongkai.Bench.Corpus;

namespace Gongkai.Bench.Queries;

/// <summary>One timed request: a query text of a class, in one variant (filters, order, page).</summary>
internal sealed record BenchQuery(string Class, string Text, string Variant, string PathAndQuery);

/// <summary>
/// The fixed query set: six classes of query text (2, 3, 4 and 8 characters, 发文字号 in three spellings, two terms),
/// three texts each, each text in seven variants: as typed, by date, one agency, a year range, a topic, all filters
/// together, and page 10.
/// </summary>
internal static class QuerySet
{
    public static readonly IReadOnlyList<string> Classes = ["2-char", "3-char", "4-char", "8-char", "doc-number", "two-term"];

    public static readonly IReadOnlyList<(string Name, string Parameters)> Variants =
    [
        ("plain", ""),
        ("date", "&order=date"),
        ("agency", "&agency=shandong"),
        ("years", "&yearFrom=2012&yearTo=2020"),
        ("topic", "&topic=15.02"),
        ("combined", "&agency=shandong&yearFrom=2012&yearTo=2020&topic=15&order=date"),
        ("page10", "&page=10"),
    ];

    /// <summary>A seed fragment that many documents share (falls back to the commonest 8-character run).</summary>
    public static string CommonFragment
    {
        get
        {
            const string Preferred = "涉及群众切身利益";
            if (SentencePool.Common.Any(s => s.Contains(Preferred, StringComparison.Ordinal)))
            {
                return Preferred;
            }

            return SentencePool.Common.SelectMany(s => SentencePool.HanWindows(s, 8).Distinct())
                .GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        }
    }

    public static IReadOnlyList<(string Class, string Text)> Texts((string Issuer, int Year, int Serial)? number)
    {
        var (issuer, year, serial) = number ?? ("鲁人社办发", 2014, 61);
        return
        [
            ("2-char", "社保"), ("2-char", "公开"), ("2-char", "就业"),
            ("3-char", "养老金"), ("3-char", "失业金"), ("3-char", "公积金"),
            ("4-char", "社会保险"), ("4-char", "信息公开"), ("4-char", "政策解读"),
            ("8-char", "政府信息公开工作"), ("8-char", CommonFragment), ("8-char", SentencePool.RareFragment),
            ("doc-number", $"{issuer}〔{year}〕{serial}号"), ("doc-number", $"{issuer}[{year}]{serial}号"), ("doc-number", $"〔{year}〕{serial}号"),
            ("two-term", "养老保险 待遇"), ("two-term", "就业 补贴"), ("two-term", "政务公开 年度报告"),
        ];
    }

    public static IReadOnlyList<BenchQuery> Build((string Issuer, int Year, int Serial)? number) =>
        Texts(number)
            .SelectMany(t => Variants.Select(v =>
                new BenchQuery(t.Class, t.Text, v.Name, $"/api/search?q={Uri.EscapeDataString(t.Text)}{v.Parameters}")))
            .ToList();
}
