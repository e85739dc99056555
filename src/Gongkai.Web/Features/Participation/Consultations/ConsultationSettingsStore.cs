using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>An agency's consultation settings, or the defaults until its administrator changes them.</summary>
internal sealed class ConsultationSettingsStore(GongkaiDbContext db)
{
    public async Task<ConsultationSettings> ForAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        await db.Set<ConsultationSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken)
            ?? new ConsultationSettings(agencyId);

    public async Task ChangeAsync(Guid agencyId, int minimumDays, bool moderateComments, CancellationToken cancellationToken = default)
    {
        var settings = await db.Set<ConsultationSettings>().SingleOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken);
        if (settings is null)
        {
            settings = new ConsultationSettings(agencyId);
            db.Add(settings);
        }

        settings.Change(minimumDays, moderateComments);
        await db.SaveChangesAsync(cancellationToken);
    }
}
