using System.Globalization;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>
/// The filters of a public list (年份, 主题分类, 公文种类, 有效性), read from text so that a bad value gets a Chinese
/// message; the category page and the public API share it.
/// </summary>
public sealed record PublicFilter(int? Year, string? TopicCode, string? Genre, Validity? Validity)
{
    public const int EarliestYear = 1949;
    public const int LatestYear = 2100;

    public static readonly PublicFilter None = new(null, null, null, null);

    /// <summary>The codes of 有效性 in addresses and the API; the Chinese names are accepted too.</summary>
    public static readonly IReadOnlyList<(string Code, Validity Validity)> ValidityCodes =
    [
        ("valid", Publications.Validity.Valid),
        ("expired", Publications.Validity.Expired),
        ("repealed", Publications.Validity.Repealed),
        ("amended", Publications.Validity.Amended),
    ];

    public bool IsEmpty => this == None;

    public static string CodeOf(Validity validity) => ValidityCodes.FirstOrDefault(v => v.Validity == validity).Code ?? "";

    /// <summary>Reads the four filters; each bad value adds its message to <paramref name="errors"/> and is left out.</summary>
    public static PublicFilter Parse(string? year, string? topic, string? genre, string? validity, ICollection<string> errors)
    {
        int? parsedYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= EarliestYear and <= LatestYear)
            {
                parsedYear = y;
            }
            else
            {
                errors.Add($"年份应为{EarliestYear}至{LatestYear}之间的四位数字，例如 2024。");
            }
        }

        string? topicCode = null;
        if (!string.IsNullOrWhiteSpace(topic))
        {
            var value = topic.Trim();
            var found = Topics.Find(value) ?? Topics.All.FirstOrDefault(t => t.Name == value || t.FullName == value);
            if (found is null)
            {
                errors.Add("主题分类不存在；请使用主题分类代码，例如 15.01（劳动就业）。");
            }
            else
            {
                topicCode = found.Code;
            }
        }

        string? parsedGenre = null;
        if (!string.IsNullOrWhiteSpace(genre))
        {
            var value = genre.Trim();
            if (Genres.IsKnown(value))
            {
                parsedGenre = value;
            }
            else
            {
                errors.Add("公文种类不存在，例如：通知、意见、办法。");
            }
        }

        Validity? parsedValidity = null;
        if (!string.IsNullOrWhiteSpace(validity))
        {
            var value = validity.Trim();
            var match = ValidityCodes.Where(v => v.Code == value.ToLowerInvariant() || v.Validity.ToChinese() == value).ToList();
            if (match.Count == 1)
            {
                parsedValidity = match[0].Validity;
            }
            else
            {
                errors.Add("有效性只能是 valid（有效）、expired（失效）、repealed（废止）或 amended（已修改）。");
            }
        }

        return new PublicFilter(parsedYear, topicCode, parsedGenre, parsedValidity);
    }

    /// <summary>Narrows already-public documents; a top-level topic takes in its sub-topics.</summary>
    public IQueryable<Document> Apply(IQueryable<Document> documents)
    {
        if (Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var until = from.AddYears(1);
            documents = documents.Where(d => d.PublishedOn >= from && d.PublishedOn < until);
        }

        if (TopicCode is { } code)
        {
            var prefix = code + ".";
            documents = documents.Where(d => d.TopicCode == code || d.TopicCode.StartsWith(prefix));
        }

        if (Genre is { } genre)
        {
            documents = documents.Where(d => d.Genre == genre);
        }

        if (Validity is { } validity)
        {
            documents = documents.Where(d => d.IsNormative && d.Validity == validity);
        }

        return documents;
    }

    /// <summary>The query string of these filters (without the page), for links that keep them.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        if (Year is { } year)
        {
            parts.Add($"year={year.ToString(CultureInfo.InvariantCulture)}");
        }

        if (TopicCode is { } topic)
        {
            parts.Add($"topic={Uri.EscapeDataString(topic)}");
        }

        if (Genre is { } genre)
        {
            parts.Add($"genre={Uri.EscapeDataString(genre)}");
        }

        if (Validity is { } validity)
        {
            parts.Add($"validity={CodeOf(validity)}");
        }

        return string.Join('&', parts);
    }
}
