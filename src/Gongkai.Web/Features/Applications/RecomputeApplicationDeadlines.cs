using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>Every open case's deadlines counted again on the changed calendar (a new year's holidays, a correction).</summary>
internal sealed class RecomputeApplicationDeadlines(GongkaiDbContext db) : IRecomputeDeadlines
{
    private static readonly ApplicationStatus[] Open =
    [
        ApplicationStatus.Registered, ApplicationStatus.AwaitingSupplement, ApplicationStatus.Handling,
        ApplicationStatus.Consulting, ApplicationStatus.AwaitingPayment, ApplicationStatus.Decided,
    ];

    public async Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var cases = await db.Set<Application>()
            .Include(a => a.Consultations)
            .Where(a => Open.Contains(a.Status))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var application in cases)
        {
            application.Recompute(calendar);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
