using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

public sealed record DocumentRow(Guid Id, string Title, string? DocumentNumber, DocumentStatus Status, DisclosureAttribute Attribute, DateOnly WrittenOn, string? IndexNumber, DateTime UpdatedAt);

public sealed record DocumentListPage(int Total, int Page, int PageSize, IReadOnlyList<DocumentRow> Items, IReadOnlyDictionary<DocumentStatus, int> CountByStatus)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One page of an agency's documents, newest change first, optionally of one status or only someone's drafts.</summary>
public sealed class DocumentList(GongkaiDbContext db)
{
    public const int PageSize = 20;

    public async Task<DocumentListPage> HandleAsync(Guid agencyId, DocumentStatus? status, Guid? draftsOf, int page, CancellationToken cancellationToken = default)
    {
        var all = db.Set<Document>().AsNoTracking().Where(d => d.AgencyId == agencyId);
        var counts = await all.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var query = all;
        if (draftsOf is { } drafter)
        {
            query = query.Where(d => d.DrafterId == drafter && d.Status == DocumentStatus.Draft);
        }
        else if (status is { } wanted)
        {
            query = query.Where(d => d.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query
            .OrderByDescending(d => d.UpdatedAt)
            .ThenBy(d => d.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(d => new DocumentRow(d.Id, d.Title, d.DocumentNumber, d.Status, d.Attribute, d.WrittenOn, d.IndexNumber, d.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new DocumentListPage(total, page, PageSize, items, counts);
    }
}
