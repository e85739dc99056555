using System.ComponentModel;
using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>
/// The public API of the disclosure column: GET /api/{agencyCode}/documents and GET /api/{agencyCode}/documents/{id}.
/// Published documents only (through <see cref="PublicDocuments"/>), anonymous, the same handlers as the pages.
/// Parameters arrive as text and are read here, so a bad value gets a Chinese JSON error.
/// </summary>
internal static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        // Two segments after /api with "documents" last: /api/calendar/… and /api/admin/… never reach these.
        var api = app.MapGroup("/api/{agencyCode}/documents").AllowAnonymous().WithTags("政府信息公开");
        api.MapGet("", ListAsync)
            .WithName("ListPublicDocuments")
            .WithSummary("机关主动公开的政府信息列表（按发布日期倒序，可按目录、年份、主题分类、公文种类、有效性筛选）")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        api.MapGet("/{id}", ReadAsync)
            .WithName("GetPublicDocument")
            .WithSummary("一条主动公开的政府信息：元数据、正文和附件")
            .Produces<ApiError>(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<DocumentListResponse>, JsonHttpResult<ApiError>>> ListAsync(
        [Description("机关代码，例如 shandong")] string agencyCode,
        [Description("目录代码，例如 employment（含下级目录）")] string? category,
        [Description("发布年份，例如 2024")] string? year,
        [Description("主题分类代码，例如 15.01（劳动就业）；一级分类含其下级")] string? topic,
        [Description("公文种类，例如 通知")] string? genre,
        [Description("有效性：valid、expired、repealed、amended（仅规范性文件）")] string? validity,
        [Description("页码，从1开始")] string? page,
        [Description("每页条数，1至100，默认20")] string? pageSize,
        HttpRequest request,
        AgencyDirectory agencies,
        PublicCatalog catalog,
        ListPublicDocuments list,
        CancellationToken cancellationToken)
    {
        var agency = await FindAgencyAsync(agencyCode, agencies);
        if (agency is null)
        {
            return NotFound("机关不存在。");
        }

        var errors = new List<string>();
        var filter = PublicFilter.Parse(year, topic, genre, validity, errors);
        var paging = PublicPaging.Parse(page, pageSize, errors);
        var tree = await catalog.HandleAsync(agency.Id, cancellationToken);
        IReadOnlyList<Guid>? categoryIds = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            var node = tree.Find(category.Trim().ToLowerInvariant());
            if (node is null)
            {
                errors.Add($"目录“{category.Trim()}”不存在。");
            }
            else
            {
                categoryIds = node.CategoryIds;
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.Json(new ApiError(string.Join(" ", errors)), statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await list.HandleAsync(agency.Id, categoryIds, filter, paging, cancellationToken);
        var names = tree.All.ToDictionary(n => n.Category.Id, n => n.Category.Name);
        var items = result.Items.Select(d => new DocumentListItem(
            d.Id,
            d.Title,
            d.IndexNumber,
            d.DocumentNumber,
            d.PublishedOn,
            Topics.Find(d.TopicCode)?.FullName ?? "",
            d.Genre,
            names.GetValueOrDefault(d.CategoryId, ""),
            d.IsNormative ? d.Validity.ToChinese() : null,
            PublicUrls.Absolute(request, PublicUrls.Document(agency.Code, d.Id)))).ToList();
        return TypedResults.Ok(new DocumentListResponse(result.Total, result.Page, result.PageSize, items));
    }

    private static async Task<Results<Ok<DocumentDetail>, JsonHttpResult<ApiError>>> ReadAsync(
        [Description("机关代码，例如 shandong")] string agencyCode,
        [Description("文件标识（GUID）")] string id,
        HttpRequest request,
        AgencyDirectory agencies,
        ReadPublicDocument read,
        CancellationToken cancellationToken)
    {
        var agency = await FindAgencyAsync(agencyCode, agencies);
        if (agency is null)
        {
            return NotFound("机关不存在。");
        }

        // An id that is not a GUID, one that never existed and one that is not public get the same answer.
        var view = Guid.TryParse(id, out var documentId) ? await read.HandleAsync(agency, documentId, cancellationToken) : null;
        if (view is null)
        {
            return NotFound("文件不存在或未公开。");
        }

        var d = view.Document;
        return TypedResults.Ok(new DocumentDetail(
            d.Id,
            d.Title,
            d.IndexNumber ?? "",
            d.DocumentNumber,
            view.Issuers,
            [.. PublicDocumentView.CoIssuerNames(d.CoIssuers)],
            d.WrittenOn,
            d.PublishedOn ?? default,
            view.TopicName,
            d.TopicCode,
            d.Genre,
            view.Category?.Name ?? "",
            view.Category?.Slug ?? "",
            d.Summary,
            d.Keywords,
            d.IsNormative,
            d.IsNormative ? d.Validity.ToChinese() : null,
            d.EffectiveOn,
            d.ExpiresOn,
            view.Replacement is null ? null : PublicUrls.Absolute(request, view.Replacement.Path),
            PublicUrls.Absolute(request, PublicUrls.Document(agency.Code, d.Id)),
            d.BodyHtml,
            [.. view.Attachments.Select(a => new AttachmentItem(
                a.Id, a.FileName, a.ContentType, a.Size, PublicUrls.Absolute(request, PublicUrls.Attachment(agency.Code, d.Id, a.Id))))]));
    }

    private static async Task<Agency?> FindAgencyAsync(string code, AgencyDirectory agencies) =>
        string.IsNullOrWhiteSpace(code) || code.Length > 32 ? null : await agencies.FindAsync(code.Trim());

    private static JsonHttpResult<ApiError> NotFound(string message) =>
        TypedResults.Json(new ApiError(message), statusCode: StatusCodes.Status404NotFound);

    internal sealed record ApiError(string Error);

    internal sealed record DocumentListResponse(int Total, int Page, int PageSize, IReadOnlyList<DocumentListItem> Items);

    internal sealed record DocumentListItem(
        Guid Id,
        string Title,
        string IndexNumber,
        string? DocumentNumber,
        DateOnly PublishedOn,
        string Topic,
        string Genre,
        string Category,
        string? Validity,
        string Url);

    internal sealed record DocumentDetail(
        Guid Id,
        string Title,
        string IndexNumber,
        string? DocumentNumber,
        string Issuer,
        IReadOnlyList<string> CoIssuers,
        DateOnly WrittenOn,
        DateOnly PublishedOn,
        string Topic,
        string TopicCode,
        string Genre,
        string Category,
        string CategorySlug,
        string Summary,
        string Keywords,
        bool IsNormative,
        string? Validity,
        DateOnly? EffectiveOn,
        DateOnly? ExpiresOn,
        string? ReplacedBy,
        string Url,
        string BodyHtml,
        IReadOnlyList<AttachmentItem> Attachments);

    internal sealed record AttachmentItem(Guid Id, string FileName, string ContentType, long Size, string Url);
}
