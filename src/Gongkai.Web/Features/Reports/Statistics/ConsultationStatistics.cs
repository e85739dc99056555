using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Consultations put out for comment that opened in the range, and the comments submitted in the range (Beijing days)
/// on any of the scope's consultations, by moderation and by the answer of the adoption report.
/// </summary>
public sealed class ConsultationStatistics(GongkaiDbContext db)
{
    public async Task<ConsultationFigures> HandleAsync(StatisticsScope scope, StatisticsRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(range);
        var consultations = db.Set<Consultation>().AsNoTracking().Where(c => c.Status != ConsultationStatus.Draft);
        if (scope.AgencyId is { } agencyId)
        {
            consultations = consultations.Where(c => c.AgencyId == agencyId);
        }

        var opened = await consultations.CountAsync(c => c.OpensOn >= range.From && c.OpensOn <= range.To, cancellationToken);
        var comments = await Comments(db, consultations, range)
            .GroupBy(c => new { c.Status, c.Answer })
            .Select(g => new { g.Key.Status, g.Key.Answer, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int By(CommentStatus status) => comments.Where(c => c.Status == status).Sum(c => c.Count);
        int Answered(CommentAnswer answer) => comments.Where(c => c.Status == CommentStatus.Approved && c.Answer == answer).Sum(c => c.Count);
        return new ConsultationFigures(
            opened, comments.Sum(c => c.Count), By(CommentStatus.Approved), By(CommentStatus.Refused), By(CommentStatus.Pending),
            Answered(CommentAnswer.Adopted), Answered(CommentAnswer.PartlyAdopted), Answered(CommentAnswer.NotAdopted));
    }

    public static IQueryable<ConsultationComment> Comments(GongkaiDbContext db, IQueryable<Consultation> consultations, StatisticsRange range)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(range);
        var start = range.StartUtc;
        var end = range.EndUtcExclusive;
        return from comment in db.Set<ConsultationComment>().AsNoTracking()
               join consultation in consultations on comment.ConsultationId equals consultation.Id
               where comment.SubmittedAt >= start && comment.SubmittedAt < end
               select comment;
    }
}
