using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>Every message still awaiting its answer, due on its stored date; the assigned handler and department answer for it.</summary>
internal sealed class MessageDeadlineSource(GongkaiDbContext db) : IDeadlineSource
{
    public async Task<IReadOnlyList<RunningDeadline>> RunningAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken)
    {
        var messages = db.Set<Message>().AsNoTracking()
            .Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Assigned);
        if (agencyIds is not null)
        {
            messages = messages.Where(m => agencyIds.Contains(m.AgencyId));
        }

        var rows = await (
            from m in messages
            join a in db.Agencies on m.AgencyId equals a.Id
            select new { m.Id, m.AgencyId, a.Code, m.Number, m.Box, m.Subject, m.DueOn, m.DueOnProvisional, m.DepartmentId, m.HandlerId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RunningDeadline(
            DeadlineKind.MailboxAnswer, r.AgencyId, r.Id, $"{r.Number} {r.Box.ToChinese()}：{r.Subject}", r.DueOn,
            $"/admin/{r.Code}/mailbox/{r.Id}", r.DepartmentId, r.HandlerId, r.DueOnProvisional))];
    }
}
