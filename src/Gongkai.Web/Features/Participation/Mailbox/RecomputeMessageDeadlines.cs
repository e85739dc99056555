using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>Every unanswered message's due date counted again on the changed calendar.</summary>
internal sealed class RecomputeMessageDeadlines(GongkaiDbContext db) : IRecomputeDeadlines
{
    public async Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var waiting = await db.Set<Message>()
            .Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Assigned)
            .ToListAsync(cancellationToken);
        foreach (var message in waiting)
        {
            message.Recompute(calendar);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
