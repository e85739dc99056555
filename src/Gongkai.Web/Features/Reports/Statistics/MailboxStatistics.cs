using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Mailbox and inquiry messages received in the range (rejected ones, not a message at all, never count): how many were
/// answered, how many on or before the due date the agency's answer period gave them, the median working days from
/// receipt to answer (counted as the due date is, from the day after receipt), and how many of those still unanswered
/// have waited more than three months today (国家网站检查单项否决).
/// </summary>
public sealed class MailboxStatistics(GongkaiDbContext db, WorkingCalendar workingCalendar, TimeProvider time)
{
    public async Task<MailboxFigures> HandleAsync(StatisticsScope scope, StatisticsRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(range);
        var messages = await Received(db, scope, range)
            .Select(m => new { m.Status, m.ReceivedOn, m.DueOn, m.AnsweredOn })
            .ToListAsync(cancellationToken);
        var days = new ClockCalendar(await workingCalendar.CurrentAsync(cancellationToken));
        var today = ChineseDate.Today(time);
        var answered = messages.Where(m => m.AnsweredOn is not null).ToList();
        return new MailboxFigures(
            messages.Count,
            answered.Count,
            answered.Count(m => m.AnsweredOn <= m.DueOn),
            StatisticsMath.Median(answered.Select(m => days.CountWorkingDays(m.ReceivedOn, m.AnsweredOn!.Value))),
            messages.Count(m => MessageDeadline.FailsNationalCheck(m.Status, m.ReceivedOn, today)));
    }

    public static IQueryable<Message> Received(GongkaiDbContext db, StatisticsScope scope, StatisticsRange range)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(range);
        var messages = db.Set<Message>().AsNoTracking()
            .Where(m => m.Status != MessageStatus.Rejected && m.ReceivedOn >= range.From && m.ReceivedOn <= range.To);
        return scope.AgencyId is { } agencyId ? messages.Where(m => m.AgencyId == agencyId) : messages;
    }
}
