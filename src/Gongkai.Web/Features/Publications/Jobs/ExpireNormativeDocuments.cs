using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Jobs;

/// <summary>
/// A normative document lapses by itself the day after its expiry date (失效). Setting a lapsed document lapsed again
/// changes nothing, so the handler may run any number of times, on any number of nodes.
/// </summary>
public sealed class ExpireNormativeDocuments(GongkaiDbContext db)
{
    /// <summary>Returns how many documents lapsed in this run.</summary>
    public async Task<int> HandleAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var due = await db.Set<Document>()
            .Where(d => d.IsNormative && d.Validity == Validity.Valid && d.ExpiresOn != null && d.ExpiresOn < today)
            .ToListAsync(cancellationToken);
        var expired = due.Count(d => d.ExpireIfDue(today));
        if (expired > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return expired;
    }
}
