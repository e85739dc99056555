using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Jobs;

/// <summary>
/// Publishes every scheduled document whose time has come, each with its index number, each in its own locked unit of
/// work that checks the status again: running it twice, or on two nodes at once, publishes each document once.
/// </summary>
public sealed class PublishDueDocuments(GongkaiDbContext db, ChangeDocument change, IndexNumbers indexNumbers, ILogger<PublishDueDocuments> logger)
{
    /// <summary>Returns how many documents this run published.</summary>
    public async Task<int> HandleAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var due = await db.Set<Document>().AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Scheduled && d.ScheduledAt <= now)
            .OrderBy(d => d.ScheduledAt)
            .Select(d => new { d.Id, d.AgencyId })
            .ToListAsync(cancellationToken);
        var today = BeijingTime.DateOf(now);
        var published = 0;
        foreach (var item in due)
        {
            var moved = false;
            try
            {
                await change.HandleAsync(item.AgencyId, item.Id, async document =>
                {
                    // Another node, or an earlier run, may have published or withdrawn it meanwhile.
                    moved = document.Status == DocumentStatus.Scheduled && document.ScheduledAt <= now;
                    if (moved)
                    {
                        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == document.AgencyId, cancellationToken);
                        document.PublishScheduled(await indexNumbers.NextAsync(agency, today.Year), today, now);
                    }

                    return moved;
                }, cancellationToken);
            }
            catch (DomainException ex)
            {
                moved = false;
                logger.LogError(ex, "定时发布文件 {DocumentId} 失败：{Reason}", item.Id, ex.Message);
            }

            published += moved ? 1 : 0;
        }

        return published;
    }
}
