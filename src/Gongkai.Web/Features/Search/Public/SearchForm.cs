using System.Globalization;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Public;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>
/// A search as it arrives in an address: text, exactly as typed, so the form shows it back and every bad value gets a
/// Chinese message beside its field instead of a 500. The search pages and GET /api/search read it the same way.
/// </summary>
internal sealed record SearchForm
{
    public const string OrderRelevance = "relevance";
    public const string OrderDate = "date";

    /// <summary>The content types a visitor can choose.</summary>
    public static IReadOnlyList<string> Kinds => SearchKinds.All;

    public string? Q { get; init; }
    public string? Agency { get; init; }
    public string? Category { get; init; }
    public string? Topic { get; init; }
    public string? Genre { get; init; }
    public string? YearFrom { get; init; }
    public string? YearTo { get; init; }
    public string? Validity { get; init; }
    public string? Kind { get; init; }
    public string? Order { get; init; }
    public string? Page { get; init; }
    public string? PageSize { get; init; }

    public string Query => (Q ?? "").Trim();

    public bool HasQuery => Query.Length > 0;

    public bool IsDateOrder => string.Equals(Order?.Trim(), OrderDate, StringComparison.OrdinalIgnoreCase);

    /// <summary>How many filters are set (the agency counts only where the visitor chose it, on the platform page).</summary>
    public int FilterCount(bool countAgency) =>
        new[] { countAgency ? Agency : null, Category, Topic, Genre, YearFrom, YearTo, Validity, Kind }.Count(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>
    /// The criteria of this search within <paramref name="agencyId"/> (null for the whole platform); a category needs
    /// that agency's <paramref name="catalog"/>. Each bad value adds an error and is left out.
    /// </summary>
    public SearchCriteria Read(Guid? agencyId, CatalogTree? catalog, List<SearchInputError> errors)
    {
        IReadOnlyList<Guid>? categoryIds = null;
        if (!string.IsNullOrWhiteSpace(Category))
        {
            var slug = Category.Trim();
            if (catalog is null)
            {
                errors.Add(new("category", "按目录筛选时须同时选定机关。"));
            }
            else if (catalog.Find(slug.ToLowerInvariant()) is { } node)
            {
                categoryIds = node.CategoryIds;
            }
            else
            {
                errors.Add(new("category", $"目录“{slug}”不存在。"));
            }
        }

        // The catalog's filters read topics, genres and validity the same way, with the same messages.
        var topic = Under("topic", errors, m => PublicFilter.Parse(null, Topic, null, null, m).TopicCode);
        var genre = Under("genre", errors, m => PublicFilter.Parse(null, null, Genre, null, m).Genre);
        var validity = Under("validity", errors, m => PublicFilter.Parse(null, null, null, Validity, m).Validity);

        var yearFrom = ReadYear(YearFrom, "yearFrom", "起始年份", errors);
        var yearTo = ReadYear(YearTo, "yearTo", "截止年份", errors);
        if (yearFrom > yearTo)
        {
            errors.Add(new("yearTo", "截止年份不能早于起始年份。"));
        }

        string? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            kind = Kinds.FirstOrDefault(k => string.Equals(k, Kind.Trim(), StringComparison.OrdinalIgnoreCase));
            if (kind is null)
            {
                errors.Add(new("kind", $"内容类型不存在，可选：{string.Join("、", Kinds.Select(k => $"{k}（{SearchKinds.ToChinese(k)}）"))}。"));
            }
        }

        var order = SearchOrder.Relevance;
        if (!string.IsNullOrWhiteSpace(Order))
        {
            if (IsDateOrder)
            {
                order = SearchOrder.Date;
            }
            else if (!string.Equals(Order.Trim(), OrderRelevance, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new("order", "排序方式只能是 relevance（相关度）或 date（发布日期）。"));
            }
        }

        var paging = Under("page", errors, m => PublicPaging.Parse(Page, PageSize, m));
        if ((long)(paging.Page - 1) * paging.PageSize >= SearchLimits.MaxResults)
        {
            errors.Add(new("page", $"检索结果只能翻阅前{SearchLimits.MaxResults}条，请增加检索词或使用筛选条件缩小范围。"));
            paging = paging with { Page = 1 };
        }

        return new SearchCriteria
        {
            Query = Query,
            AgencyId = agencyId,
            CategoryIds = categoryIds,
            Topic = topic,
            Genre = genre,
            YearFrom = yearFrom,
            YearTo = yearTo,
            Validity = validity,
            Kind = kind,
            Order = order,
            Page = paging.Page,
            PageSize = paging.PageSize,
        };
    }

    /// <summary>The address's query string for these values (page left out), for paging and sorting links.</summary>
    public string ToQuery(string? order = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("q", Q);
        Add("agency", Agency);
        Add("category", Category);
        Add("topic", Topic);
        Add("genre", Genre);
        Add("yearFrom", YearFrom);
        Add("yearTo", YearTo);
        Add("validity", Validity);
        Add("kind", Kind);
        Add("order", order ?? Order);
        Add("pageSize", PageSize);
        return string.Join('&', parts);
    }

    private static int? ReadYear(string? text, string field, string label, List<SearchInputError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= PublicFilter.EarliestYear and <= PublicFilter.LatestYear)
        {
            return year;
        }

        errors.Add(new(field, $"{label}应为{PublicFilter.EarliestYear}至{PublicFilter.LatestYear}之间的四位数字，例如 2024。"));
        return null;
    }

    // The shared readers collect bare messages; these are filed under the field they came from.
    private static T Under<T>(string field, List<SearchInputError> errors, Func<List<string>, T> read)
    {
        var messages = new List<string>();
        var value = read(messages);
        errors.AddRange(messages.Select(m => new SearchInputError(field, m)));
        return value;
    }
}

/// <summary>A bad value in a search: the field it belongs to (its name in the address) and a Chinese message.</summary>
internal sealed record SearchInputError(string Field, string Message);
