using System.Globalization;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>Message numbers (XX202600012: 信箱, the year, the serial), sequential per agency and year.</summary>
internal sealed class MessageNumbers(GongkaiDbContext db)
{
    /// <summary>Taken in the caller's unit of work: a refused save loses no number.</summary>
    public async Task<string> NextAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var counter = await db.Set<MessageCounter>().FindAsync([agencyId, year], cancellationToken);
        if (counter is null)
        {
            counter = new MessageCounter(agencyId, year);
            db.Add(counter);
        }

        return string.Create(CultureInfo.InvariantCulture, $"XX{year}{counter.Next():00000}");
    }
}
