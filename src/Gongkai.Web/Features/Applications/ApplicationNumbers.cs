using System.Globalization;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Applications;

/// <summary>Case numbers (YSQ202600012) and reply-letter numbers (鲁人社公开〔2026〕3号), sequential per agency and year.</summary>
public sealed class ApplicationNumbers(GongkaiDbContext db)
{
    /// <summary>Taken in the caller's unit of work: a refused save loses no number.</summary>
    public async Task<string> NextCaseNumberAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var serial = await NextAsync(agencyId, year, CounterKind.Application, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"YSQ{year}{serial:00000}");
    }

    public async Task<string> NextReplyNumberAsync(Guid agencyId, string prefix, int year, CancellationToken cancellationToken)
    {
        var serial = await NextAsync(agencyId, year, CounterKind.ReplyLetter, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}〔{year}〕{serial}号");
    }

    private async Task<int> NextAsync(Guid agencyId, int year, CounterKind kind, CancellationToken cancellationToken)
    {
        var counter = await db.Set<ApplicationCounter>().FindAsync([agencyId, year, kind], cancellationToken);
        if (counter is null)
        {
            counter = new ApplicationCounter(agencyId, year, kind);
            db.Add(counter);
        }

        return counter.Next();
    }
}
