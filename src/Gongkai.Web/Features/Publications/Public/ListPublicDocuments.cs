using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>A page of an agency's public documents, newest first, in some categories and under some filters.</summary>
public sealed class ListPublicDocuments(PublicDocuments documents)
{
    public async Task<PublicDocumentPage> HandleAsync(
        Guid agencyId, IReadOnlyList<Guid>? categoryIds, PublicFilter filter, PublicPaging paging, CancellationToken cancellationToken = default)
    {
        var query = filter.Apply(InCategories(documents.Of(agencyId), categoryIds));
        var total = await query.CountAsync(cancellationToken);
        var items = await PublicDocuments.NewestFirst(query)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(d => new PublicListItem(
                d.Id, d.Title, d.DocumentNumber, d.IndexNumber ?? "", d.PublishedOn ?? default, d.TopicCode, d.Genre, d.CategoryId,
                d.Summary, d.IsNormative, d.Validity, d.EffectiveOn, d.ExpiresOn))
            .ToListAsync(cancellationToken);
        return new PublicDocumentPage(total, paging.Page, paging.PageSize, items);
    }

    /// <summary>The years in which the listed categories have public documents, newest first, for the year filter.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Guid agencyId, IReadOnlyList<Guid>? categoryIds, CancellationToken cancellationToken = default)
    {
        var dates = InCategories(documents.Of(agencyId), categoryIds).Where(d => d.PublishedOn != null);
        return await dates.Select(d => d.PublishedOn!.Value.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }

    private static IQueryable<Document> InCategories(IQueryable<Document> query, IReadOnlyList<Guid>? categoryIds) =>
        categoryIds is null ? query : query.Where(d => categoryIds.Contains(d.CategoryId));
}

public sealed record PublicDocumentPage(int Total, int Page, int PageSize, IReadOnlyList<PublicListItem> Items)
{
    public int PageCount => PublicPaging.PageCount(Total, PageSize);
}

/// <summary>What a list shows of a public document (条例第十二条: 索引、名称、内容概述、生成日期).</summary>
public sealed record PublicListItem(
    Guid Id,
    string Title,
    string? DocumentNumber,
    string IndexNumber,
    DateOnly PublishedOn,
    string TopicCode,
    string Genre,
    Guid CategoryId,
    string Summary,
    bool IsNormative,
    Validity Validity,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn);
