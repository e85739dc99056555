namespace Gongkai.Web.Features.Search;

/// <summary>What a visitor asks: the query text and the filters; every filter is optional.</summary>
public sealed record SearchCriteria
{
    public required string Query { get; init; }

    /// <summary>Limits the search to one agency (the agency's search page); null searches the whole platform.</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>A catalog category with its subcategories (their ids); null for any.</summary>
    public IReadOnlyList<Guid>? CategoryIds { get; init; }

    /// <summary>A topic code such as "15" or "15.01"; a first-level topic includes its subtopics.</summary>
    public string? Topic { get; init; }

    public string? Genre { get; init; }

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    public Publications.Validity? Validity { get; init; }

    /// <summary>The content type (<see cref="SearchKinds"/>); null for any.</summary>
    public string? Kind { get; init; }

    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

public enum SearchOrder
{
    /// <summary>Titles that contain every term first, then the rest; newest first within each.</summary>
    Relevance,

    /// <summary>Newest publication date first.</summary>
    Date,
}
