using System.ComponentModel;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>
/// GET /api/search: the search pages' search as JSON, anonymous. Parameters arrive as text and are read by
/// <see cref="SearchForm"/> like the pages' own, so a bad value gets a Chinese JSON error, never a 500.
/// </summary>
internal static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        // One segment after /api: /api/{agencyCode}/documents has two, and "search" can never be an agency code.
        app.MapGet("/api/search", SearchAsync)
            .AllowAnonymous()
            .WithTags("全文检索")
            .WithName("SearchPublicContent")
            .WithSummary("全文检索主动公开的政府信息（可限定机关，按目录、主题分类、公文种类、年份、有效性、内容类型筛选，按相关度或发布日期排序）")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<SearchResponse>, JsonHttpResult<ApiError>>> SearchAsync(
        [Description("检索词，多个词用空格隔开，最多100个字")] string? q,
        [Description("机关代码，例如 shandong；不填则检索全平台")] string? agency,
        [Description("目录代码，例如 employment（含下级目录）；须同时指定机关")] string? category,
        [Description("主题分类代码，例如 15.01（劳动就业）；一级分类含其下级")] string? topic,
        [Description("公文种类，例如 通知")] string? genre,
        [Description("发布年份起，例如 2020")] string? yearFrom,
        [Description("发布年份止，例如 2025")] string? yearTo,
        [Description("有效性：valid、expired、repealed、amended（仅规范性文件）")] string? validity,
        [Description("内容类型：document（政府信息）")] string? kind,
        [Description("排序：relevance（相关度，默认）或 date（发布日期，新的在前）")] string? order,
        [Description("页码，从1开始；只能翻阅前1000条结果")] string? page,
        [Description("每页条数，1至100，默认20")] string? pageSize,
        HttpRequest request,
        AgencyDirectory agencies,
        PublicCatalog catalog,
        ISearchService search,
        CancellationToken cancellationToken)
    {
        Agency? found = null;
        if (!string.IsNullOrWhiteSpace(agency))
        {
            var code = agency.Trim();
            found = code.Length > 32 ? null : await agencies.FindAsync(code);
            if (found is null)
            {
                return Error(StatusCodes.Status404NotFound, "机关不存在。");
            }
        }

        var form = new SearchForm
        {
            Q = q, Agency = agency, Category = category, Topic = topic, Genre = genre, YearFrom = yearFrom, YearTo = yearTo, Validity = validity, Kind = kind,
            Order = order, Page = page, PageSize = pageSize,
        };
        var tree = found is not null && !string.IsNullOrWhiteSpace(category) ? await catalog.HandleAsync(found.Id, cancellationToken) : null;
        var errors = new List<SearchInputError>();
        if (!form.HasQuery)
        {
            errors.Add(new("q", "请输入检索词（参数 q）。"));
        }

        var criteria = form.Read(found?.Id, tree, errors);
        if (errors.Count > 0)
        {
            return Error(StatusCodes.Status400BadRequest, string.Join(" ", errors.Select(e => e.Message)));
        }

        SearchResults results;
        try
        {
            results = await search.SearchAsync(criteria, cancellationToken);
        }
        catch (DomainException ex)
        {
            return Error(StatusCodes.Status400BadRequest, ex.Message);
        }

        var items = results.Hits.Select(hit => new SearchItem(
            hit.Title,
            hit.Url.StartsWith('/') ? PublicUrls.Absolute(request, hit.Url) : hit.Url,
            hit.AgencyName,
            hit.IndexNumber,
            hit.DocumentNumber,
            hit.PublishedOn,
            hit.Snippet)).ToList();
        return TypedResults.Ok(new SearchResponse(results.Total, results.TotalIsLowerBound, results.Page, results.PageSize, items));
    }

    private static JsonHttpResult<ApiError> Error(int status, string message) => TypedResults.Json(new ApiError(message), statusCode: status);

    internal sealed record ApiError(string Error);

    /// <summary>One page of hits; <see cref="TotalIsLowerBound"/> says the total is "at least" (counting stopped).</summary>
    internal sealed record SearchResponse(int Total, bool TotalIsLowerBound, int Page, int PageSize, IReadOnlyList<SearchItem> Items);

    internal sealed record SearchItem(
        string Title,
        string Url,
        string Agency,
        string? IndexNumber,
        string? DocumentNumber,
        DateOnly PublishedOn,
        string Snippet);
}
