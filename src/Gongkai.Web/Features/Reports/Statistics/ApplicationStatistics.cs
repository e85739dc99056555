using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Applications of the scope: received in the range (条例第三十一条 receipt date; online ones not yet confirmed have
/// none and are not counted; discarded ones never count) by channel and applicant type; decided in the range by outcome;
/// replied in the range by timeliness.
/// </summary>
/// <remarks>
/// Timeliness reads the reply clock of <c>Applications/Clock</c> as it stood when the reply went out. “Within the limit”
/// means replied on or before the case's computed due date (<see cref="Application.ReplyDueOn"/>), which already moves
/// for an extension and for the time the clock stood still. The working days of a reply are counted the same way: from
/// the day the clock (re)started — receipt, or the receipt of the supplement, 条例第三十条 — to the reply date, on the
/// working-day calendar, less the paused working days (consultations, 条例第三十二、三十四条; the fee notice until
/// payment, 国办函〔2020〕109号). So a case within its limit used at most 20 working days plus its extension.
/// </remarks>
public sealed class ApplicationStatistics(GongkaiDbContext db, WorkingCalendar workingCalendar)
{
    public async Task<ApplicationFigures> HandleAsync(StatisticsScope scope, StatisticsRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(range);
        var cases = Counted(db, scope);
        var received = cases.Where(a => a.ReceivedOn >= range.From && a.ReceivedOn <= range.To);
        var byChannel = await received.GroupBy(a => a.Channel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byKind = await received.GroupBy(a => a.ApplicantKind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byOutcome = await cases
            .Where(a => a.Outcome != null && a.DecidedOn >= range.From && a.DecidedOn <= range.To)
            .GroupBy(a => a.Outcome!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var replies = await cases
            .Where(a => a.RepliedOn >= range.From && a.RepliedOn <= range.To)
            .Select(a => new ReplyFacts(a.ClockStartsOn, a.RepliedOn!.Value, a.ReplyDueOn, a.PausedWorkingDays))
            .ToListAsync(cancellationToken);

        var channels = Enum.GetValues<ReceiptChannel>().Select(c => new CountRow(c.ToChinese(), byChannel.GetValueOrDefault(c))).ToList();
        var kinds = Enum.GetValues<ApplicantKind>().Select(k => new CountRow(k.ToChinese(), byKind.GetValueOrDefault(k))).ToList();
        var outcomes = ApplicationOutcomes.All
            .GroupBy(o => o.Group())
            .Select(g => new OutcomeGroup(
                ApplicationOutcomes.GroupName(g.Key),
                g.Sum(o => byOutcome.GetValueOrDefault(o)),
                [.. g.Select(o => new CountRow(o.ToChinese(), byOutcome.GetValueOrDefault(o)))]))
            .ToList();
        var timeliness = Timeliness(new ClockCalendar(await workingCalendar.CurrentAsync(cancellationToken)), replies);
        return new ApplicationFigures(channels.Sum(c => c.Count), channels, kinds, byOutcome.Values.Sum(), outcomes, timeliness);
    }

    /// <summary>Cases that count: every one of the scope except those discarded as not an application at all.</summary>
    public static IQueryable<Application> Counted(GongkaiDbContext db, StatisticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var cases = db.Set<Application>().AsNoTracking().Where(a => a.Status != ApplicationStatus.Discarded);
        return scope.AgencyId is { } agencyId ? cases.Where(a => a.AgencyId == agencyId) : cases;
    }

    public static ReplyTimeliness Timeliness(ClockCalendar days, IReadOnlyCollection<ReplyFacts> replies)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(replies);
        var within = replies.Count(r => r.IsWithinLimit);
        var used = replies.Where(r => r.ClockStartsOn is not null).Select(r => r.WorkingDaysUsed(days));
        return new ReplyTimeliness(replies.Count, within, StatisticsMath.Median(used));
    }
}

/// <summary>What the timeliness of one reply is measured from.</summary>
public sealed record ReplyFacts(DateOnly? ClockStartsOn, DateOnly RepliedOn, DateOnly? ReplyDueOn, int PausedWorkingDays)
{
    public bool IsWithinLimit => ReplyDueOn is { } due && RepliedOn <= due;

    /// <summary>Working days the reply clock ran: from its start to the reply, the paused days taken out.</summary>
    public int WorkingDaysUsed(ClockCalendar days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return ClockStartsOn is { } start ? Math.Max(0, days.CountWorkingDays(start, RepliedOn) - PausedWorkingDays) : 0;
    }
}
