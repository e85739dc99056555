using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

internal static class AgencySettings
{
    /// <summary>The agency's settings, tracked; an agency that has none yet gets the defaults (saved with the caller's change).</summary>
    public static async Task<PublicationSettings> LoadAsync(GongkaiDbContext db, Guid agencyId, CancellationToken cancellationToken)
    {
        var settings = await db.Set<PublicationSettings>().SingleOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken);
        if (settings is null)
        {
            settings = new PublicationSettings(agencyId);
            db.Add(settings);
        }

        return settings;
    }
}
