using System.Text;

namespace Gongkai.Bench.Corpus;

/// <summary>
/// Makes document number <c>i</c> of the corpus from the seed number alone (so documents can be made on several
/// threads and the corpus is the same on every run): an agency by weight, a theme, a genre and a title in the forms
/// agencies use, a body of 5-60 sentences (seed sentences, with the theme's own), dates from 2008 to yesterday
/// (more recent ones more often), and about 15% normative documents with their validity.
/// </summary>
internal sealed class CorpusGenerator
{
    private static readonly DateOnly First = new(2008, 1, 1);

    private readonly int seed;
    private readonly IReadOnlyList<BenchAgency> agencies;
    private readonly int[] agencyWeights;
    private readonly DateOnly today;

    public CorpusGenerator(int seed, IReadOnlyList<BenchAgency> agencies, DateOnly today)
    {
        this.seed = seed;
        this.agencies = agencies;
        this.today = today;
        agencyWeights = agencies.Select(a => AgencyProfiles.For(a.Code).Weight).ToArray();
    }

    public GeneratedDocument Generate(long i)
    {
        var random = new CorpusRandom(seed, i);
        var agency = agencies[Pick(random, agencyWeights)];
        var profile = AgencyProfiles.For(agency.Code);
        var theme = Themes.All[Pick(random, Themes.All.Select(t => t.Weight).ToArray())];

        var span = today.DayNumber - 1 - First.DayNumber;
        var publishedOn = First.AddDays((int)(span * Math.Pow(random.NextDouble(), 0.75)));
        var writtenOn = publishedOn.AddDays(-random.Next(0, 13));
        var isNormative = random.NextDouble() < 0.15;
        var genre = isNormative ? Choose(random, "通知", "通知", "办法", "规定", "意见", "细则") : Genre(random);
        var annualReport = genre == "报告" && theme.Name == "政务公开" && random.Next(2) == 0;
        var title = Title(random, agency, theme, genre, writtenOn.Year, annualReport);

        var category = isNormative ? "normative"
            : annualReport ? "annual-reports"
            : genre is "规划" or "计划" ? "plans"
            : genre == "公告" && random.Next(2) == 0 ? "notices"
            : Choose(random, theme.CategorySlugs);

        var hasNumber = !annualReport && genre != "纪要" && (isNormative || random.NextDouble() < (genre == "公告" ? 0.3 : 0.75));
        var normativeIssuers = profile.Issuers.Where(i => i.EndsWith('规')).ToList();
        var otherIssuers = profile.Issuers.Where(i => !i.EndsWith('规')).ToList();
        var issuer = !hasNumber ? null
            : isNormative && normativeIssuers.Count > 0 && random.Next(3) > 0 ? Choose(random, normativeIssuers)
            : Choose(random, otherIssuers.Count > 0 ? otherIssuers : profile.Issuers);

        DateOnly? effectiveOn = isNormative ? publishedOn.AddDays(random.Next(0, 31)) : null;
        DateOnly? expiresOn = isNormative && random.Next(2) == 0 ? effectiveOn!.Value.AddYears(5).AddDays(-1) : null;
        var validity = !isNormative ? 0 : random.NextDouble() < 0.05 ? 3 : expiresOn < today ? 2 : 1;

        var body = Body(random, agency, profile, theme, writtenOn, out var firstSentence);
        var publishedAt = publishedOn.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc).AddMinutes(random.Next(0, 540));
        return new GeneratedDocument
        {
            Id = random.NextGuid(),
            Agency = agency,
            Title = title,
            IssuerCode = issuer,
            CoIssuers = random.NextDouble() < 0.05 && profile.CoIssuers.Count > 0 ? Choose(random, profile.CoIssuers) : "",
            WrittenOn = writtenOn,
            TopicCode = Choose(random, theme.TopicCodes),
            Genre = genre,
            CategoryId = agency.Category(category),
            Summary = firstSentence.Length > 120 ? firstSentence[..119] + "…" : firstSentence,
            Keywords = string.Join(';', theme.Keywords.OrderBy(_ => random.Next()).Take(random.Next(2, 5))),
            BodyHtml = body,
            IsNormative = isNormative,
            EffectiveOn = effectiveOn,
            ExpiresOn = expiresOn,
            Validity = validity,
            PublishedAt = publishedAt,
            PublishedOn = publishedOn,
            PublicationDueOn = writtenOn.AddDays(28),
            CreatedAt = writtenOn.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc),
        };
    }

    private static string Genre(CorpusRandom random)
    {
        (string Genre, int Weight)[] genres =
        [
            ("通知", 40), ("意见", 8), ("通报", 5), ("公告", 10), ("批复", 4), ("函", 4), ("报告", 6), ("办法", 3), ("方案", 6),
            ("计划", 5), ("规划", 1), ("决定", 3), ("规定", 1), ("细则", 1), ("纪要", 1), ("其他", 2),
        ];
        return genres[Pick(random, genres.Select(g => g.Weight).ToArray())].Genre;
    }

    private static string Title(CorpusRandom random, BenchAgency agency, Theme theme, string genre, int year, bool annualReport)
    {
        var phrase = Choose(random, SentencePool.TitlePhrases);
        var subject = Choose(random, theme.Subjects);
        var place = agency.Place;
        var title = genre switch
        {
            "通知" => random.Next(6) switch
            {
                0 => $"关于印发《{place}{subject}实施办法》的通知",
                1 => $"关于做好{year}年{subject}工作的通知",
                2 => $"关于开展{year}年度{subject}工作的通知",
                3 => $"{agency.FullName}关于{phrase}的通知",
                4 => $"关于进一步做好{subject}有关工作的通知",
                _ => $"关于{phrase}的通知",
            },
            "意见" => Choose(random, $"关于{phrase}的意见", $"关于进一步加强{subject}工作的实施意见", $"关于{phrase}的指导意见"),
            "通报" => Choose(random, $"关于{year}年{subject}工作情况的通报", $"关于{year}年度政务公开工作考核结果的通报"),
            "公告" => Choose(random, $"关于公布{year}年度{subject}情况的公告", $"{agency.FullName}{year}年第{random.Next(1, 30)}号公告", $"关于{subject}有关事项的公告"),
            "批复" => Choose(random, $"关于{subject}有关问题的批复", $"关于同意{phrase}的批复"),
            "函" => Choose(random, $"关于{subject}有关事项的函", $"关于商请{phrase}的函"),
            "报告" => annualReport ? $"{agency.FullName}{year - 1}年政府信息公开工作年度报告" : $"关于{year}年{subject}工作情况的报告",
            "办法" => Choose(random, $"{place}{subject}管理办法", $"{place}{subject}实施办法"),
            "规定" => $"关于{subject}的若干规定",
            "细则" => $"{place}{subject}实施细则",
            "方案" => Choose(random, $"{place}{subject}工作方案", $"{place}{phrase}实施方案"),
            "计划" => Choose(random, $"{year}年{place}{subject}工作要点", $"{place}{subject}三年行动计划（{year}—{year + 2}年）"),
            "规划" => $"{place}人力资源和社会保障事业发展“{FiveYearPlan(year)}”规划",
            "决定" => Choose(random, $"关于{phrase}的决定", $"关于表彰{year}年度{subject}先进集体和先进个人的决定"),
            "纪要" => $"{year}年{subject}工作座谈会纪要",
            _ => $"{subject}办事指南（{year}年版）",
        };
        return title.Length > 200 ? title[..200] : title;
    }

    private static string FiveYearPlan(int year) => year switch
    {
        < 2011 => "十一五",
        < 2016 => "十二五",
        < 2021 => "十三五",
        < 2026 => "十四五",
        _ => "十五五",
    };

    private static string Body(CorpusRandom random, BenchAgency agency, AgencyProfile profile, Theme theme, DateOnly writtenOn, out string firstSentence)
    {
        var count = 5 + (int)(55 * Math.Pow(random.NextDouble(), 1.6));
        var themeShare = 0.08 + random.NextDouble() * 0.25;
        var html = new StringBuilder(count * 70 * 2);
        if (random.Next(5) < 2)
        {
            html.Append("<p>").Append(Choose(random, "各有关单位：", "各市人力资源社会保障局，厅机关各处室、各直属单位：", "各区人力资源社会保障局，局属各单位：")).Append("</p>\n");
        }

        firstSentence = "";
        var inParagraph = 0;
        var paragraphLength = random.Next(1, 5);
        var rareAt = random.Next(SentencePool.RareOneIn) == 0 ? random.Next(count) : -1;
        for (var n = 0; n < count; n++)
        {
            var sentence = n == rareAt ? Choose(random, SentencePool.Rare)
                : random.NextDouble() < themeShare ? Fill(Choose(random, theme.Sentences), profile, random)
                : Choose(random, SentencePool.Common);
            if (n == 0)
            {
                firstSentence = sentence;
            }

            if (inParagraph == 0)
            {
                html.Append("<p>");
            }

            Escape(html, sentence);
            if (++inParagraph == paragraphLength || n == count - 1)
            {
                html.Append("</p>\n");
                inParagraph = 0;
                paragraphLength = random.Next(1, 5);
            }
        }

        html.Append("<p>").Append(agency.FullName).Append("</p>\n");
        html.Append("<p>").Append(writtenOn.Year).Append('年').Append(writtenOn.Month).Append('月').Append(writtenOn.Day).Append("日</p>");
        return html.ToString();
    }

    private static string Fill(string template, AgencyProfile profile, CorpusRandom random) =>
        template.Contains('{', StringComparison.Ordinal)
            ? template.Replace("{region}", profile.Region, StringComparison.Ordinal).Replace("{month}", Choose(random, Themes.Months), StringComparison.Ordinal)
            : template;

    private static void Escape(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                _ => html.Append(c),
            };
        }
    }

    private static int Pick(CorpusRandom random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static T Choose<T>(CorpusRandom random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Choose(CorpusRandom random, params string[] items) => items[random.Next(items.Length)];
}
