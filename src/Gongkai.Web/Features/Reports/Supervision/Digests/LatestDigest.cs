using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>The most recent digest of one member of staff, or null before their first.</summary>
public sealed class LatestDigest(GongkaiDbContext db)
{
    public Task<SupervisionDigest?> HandleAsync(Guid recipientId, CancellationToken cancellationToken = default) =>
        db.Set<SupervisionDigest>().AsNoTracking()
            .Where(d => d.RecipientId == recipientId)
            .OrderByDescending(d => d.DigestDate)
            .FirstOrDefaultAsync(cancellationToken);
}
