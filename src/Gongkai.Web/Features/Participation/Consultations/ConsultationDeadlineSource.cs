using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// A published consultation runs to its closing date; once closed, until its adoption report is published, it runs to
/// <see cref="AdoptionReportDeadline"/>. Consultations name no handler: the agency's disclosure office answers for them.
/// </summary>
internal sealed class ConsultationDeadlineSource(GongkaiDbContext db, WorkingCalendar calendar) : IDeadlineSource
{
    public async Task<IReadOnlyList<RunningDeadline>> RunningAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken)
    {
        var consultations = db.Set<Consultation>().AsNoTracking().Where(c => c.Status == ConsultationStatus.Open);
        if (agencyIds is not null)
        {
            consultations = consultations.Where(c => agencyIds.Contains(c.AgencyId));
        }

        var rows = await (
            from c in consultations
            join a in db.Agencies on c.AgencyId equals a.Id
            select new { c.Id, c.AgencyId, a.Code, c.Title, c.ClosesOn })
            .ToListAsync(cancellationToken);
        var working = await calendar.CurrentAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var closed = r.ClosesOn < today;
            return new RunningDeadline(
                DeadlineKind.PublicConsultation, r.AgencyId, r.Id,
                closed ? $"{r.Title}（答复意见并公布采纳情况）" : $"{r.Title}（征求意见截止）",
                closed ? AdoptionReportDeadline.DueOn(working, r.ClosesOn) : r.ClosesOn,
                $"/admin/{r.Code}/consultations/{r.Id}", null, null);
        })];
    }
}
