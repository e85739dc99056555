using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// The platform's figures agency by agency, in the order of the agency tree: one grouped query per measure rather than
/// the whole statistics once per agency, so the page costs the same with five agencies or five hundred.
/// </summary>
public sealed class AgencyBreakdown(GongkaiDbContext db, AgencyDirectory agencies)
{
    public async Task<IReadOnlyList<AgencyRow>> HandleAsync(StatisticsRange range, CancellationToken cancellationToken = default)
    {
        var all = StatisticsScope.Platform;
        var documents = await Count(DocumentStatistics.Published(db, all, range).GroupBy(d => d.AgencyId), cancellationToken);
        var cases = ApplicationStatistics.Counted(db, all);
        var received = await Count(cases.Where(a => a.ReceivedOn >= range.From && a.ReceivedOn <= range.To).GroupBy(a => a.AgencyId), cancellationToken);
        var replies = await cases
            .Where(a => a.RepliedOn >= range.From && a.RepliedOn <= range.To)
            .Select(a => new { a.AgencyId, Within = a.ReplyDueOn != null && a.RepliedOn <= a.ReplyDueOn })
            .ToListAsync(cancellationToken);
        var policy = await Count(InterpretationStatistics.PolicyDocuments(db, all, range).GroupBy(d => d.AgencyId), cancellationToken);
        var interpreted = (await InterpretationStatistics.FirstInterpretationsAsync(db, all, range, cancellationToken)).Keys.ToHashSet();
        var interpretedByAgency = (await InterpretationStatistics.PolicyDocuments(db, all, range).Select(d => new { d.Id, d.AgencyId }).ToListAsync(cancellationToken))
            .Where(d => interpreted.Contains(d.Id)).GroupBy(d => d.AgencyId).ToDictionary(g => g.Key, g => g.Count());
        var consultations = db.Set<Consultation>().AsNoTracking().Where(c => c.Status != ConsultationStatus.Draft);
        var comments = await (
            from comment in ConsultationStatistics.Comments(db, consultations, range)
            join consultation in consultations on comment.ConsultationId equals consultation.Id
            group comment by consultation.AgencyId into g
            select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var messages = await MailboxStatistics.Received(db, all, range)
            .Select(m => new { m.AgencyId, Answered = m.AnsweredOn != null })
            .ToListAsync(cancellationToken);

        return [.. (await agencies.AllAsync()).Select(a => new AgencyRow(
            a.Code,
            a.FullName,
            documents.GetValueOrDefault(a.Id),
            received.GetValueOrDefault(a.Id),
            replies.Count(r => r.AgencyId == a.Id),
            replies.Count(r => r.AgencyId == a.Id && r.Within),
            policy.GetValueOrDefault(a.Id),
            interpretedByAgency.GetValueOrDefault(a.Id),
            comments.GetValueOrDefault(a.Id),
            messages.Count(m => m.AgencyId == a.Id),
            messages.Count(m => m.AgencyId == a.Id && m.Answered)))];
    }

    private static Task<Dictionary<Guid, int>> Count<T>(IQueryable<IGrouping<Guid, T>> groups, CancellationToken cancellationToken) =>
        groups.Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
