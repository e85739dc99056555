using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>An agency's mailbox settings, or the defaults until its administrator changes them.</summary>
internal sealed class MailboxSettingsStore(GongkaiDbContext db)
{
    public async Task<MailboxSettings> ForAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        await db.Set<MailboxSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken)
            ?? new MailboxSettings(agencyId);

    public async Task ChangeAsync(Guid agencyId, int answerWorkingDays, CancellationToken cancellationToken = default)
    {
        var settings = await db.Set<MailboxSettings>().SingleOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken);
        if (settings is null)
        {
            settings = new MailboxSettings(agencyId);
            db.Add(settings);
        }

        settings.Change(answerWorkingDays);
        await db.SaveChangesAsync(cancellationToken);
    }
}
