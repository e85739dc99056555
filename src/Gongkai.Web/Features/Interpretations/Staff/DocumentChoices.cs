using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>The agency's recent documents a new interpretation may explain (drafts included: 同步起草).</summary>
public sealed class DocumentChoices(GongkaiDbContext db)
{
    public const int Count = 50;

    public async Task<IReadOnlyList<LinkedDocument>> HandleAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.Status != DocumentStatus.Withdrawn && d.Status != DocumentStatus.Registered)
            .OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id)
            .Take(Count)
            .Select(d => new LinkedDocument(d.Id, d.Title, d.IndexNumber, d.Status, d.PublishedOn))
            .ToListAsync(cancellationToken);
}
