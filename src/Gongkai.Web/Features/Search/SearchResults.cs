namespace Gongkai.Web.Features.Search;

/// <summary>
/// One page of hits. <see cref="Total"/> is exact up to <see cref="SearchLimits.CountCap"/>; beyond it
/// <see cref="TotalIsLowerBound"/> is true and pages show "1000+" rather than a number nobody counted.
/// </summary>
public sealed record SearchResults(
    int Total,
    bool TotalIsLowerBound,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<string> Synonyms)
{
    /// <summary>Pages that can be opened: at most <see cref="SearchLimits.MaxResults"/> hits are reachable.</summary>
    public int PageCount => Math.Max(1, (Math.Min(Total, SearchLimits.MaxResults) + PageSize - 1) / PageSize);

    public static SearchResults Empty(int page, int pageSize) => new(0, false, page, pageSize, [], []);
}

/// <summary>A hit, with its title and snippet already cut into plain and highlighted parts.</summary>
public sealed record SearchHit(
    string Kind,
    Guid SourceId,
    string AgencyCode,
    string AgencyName,
    string Title,
    IReadOnlyList<TextPart> TitleParts,
    string Url,
    string? IndexNumber,
    string? DocumentNumber,
    DateOnly PublishedOn,
    IReadOnlyList<TextPart> SnippetParts)
{
    public string Snippet => string.Concat(SnippetParts.Select(p => p.Text));
}

/// <summary>A piece of displayed text; <see cref="IsMatch"/> marks the query text inside it (rendered as &lt;mark&gt;).</summary>
public sealed record TextPart(string Text, bool IsMatch);

public static class SearchLimits
{
    /// <summary>
    /// Counting stops at the hits that can be reached: a larger total is shown as "1000+". Counting on to 10,000 made
    /// common long phrases cost 200 ms at a million documents, for a number nobody pages through.
    /// </summary>
    public const int CountCap = MaxResults;

    /// <summary>Hits reachable by paging (50 pages of 20), as the national policy library also stops.</summary>
    public const int MaxResults = 1_000;

    public const int MaxQueryLength = 100;

    public const int MaxTerms = 8;
}

/// <summary>The content types in the index; later capabilities add theirs.</summary>
public static class SearchKinds
{
    public const string Document = "document";
    public const string Interpretation = "interpretation";

    public static readonly IReadOnlyList<string> All = [Document, Interpretation];

    public static string ToChinese(string kind) => kind switch
    {
        Document => "政府信息",
        Interpretation => "政策解读",
        _ => kind,
    };
}
