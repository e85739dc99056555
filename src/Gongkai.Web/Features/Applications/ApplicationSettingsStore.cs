using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>An agency's application settings, or the defaults until its administrator changes them.</summary>
public sealed class ApplicationSettingsStore(GongkaiDbContext db)
{
    public async Task<ApplicationSettings> ForAsync(Agency agency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return await db.Set<ApplicationSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == agency.Id, cancellationToken)
            ?? Default(agency);
    }

    public static ApplicationSettings Default(Agency agency) => new(agency.Id, $"{agency.ShortName}依申请公开");
}
