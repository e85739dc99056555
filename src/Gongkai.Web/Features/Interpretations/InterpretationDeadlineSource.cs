using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>
/// 国办发〔2016〕19号: an interpretation not yet published whose document is, due 3 working days after the earliest of its
/// published documents. 谁起草、谁解读: the drafter answers for it, in the drafter's department.
/// </summary>
internal sealed class InterpretationDeadlineSource(GongkaiDbContext db, WorkingCalendar calendar) : IDeadlineSource
{
    public async Task<IReadOnlyList<RunningDeadline>> RunningAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken)
    {
        var interpretations = db.Set<Interpretation>().AsNoTracking()
            .Where(i => i.Status != InterpretationStatus.Published && i.Status != InterpretationStatus.Withdrawn);
        if (agencyIds is not null)
        {
            interpretations = interpretations.Where(i => agencyIds.Contains(i.AgencyId));
        }

        var links = db.Set<InterpretedDocument>();
        var published = db.Set<Document>().Where(d => d.Status == DocumentStatus.Published);
        var rows = await (
            from i in interpretations
            join a in db.Agencies on i.AgencyId equals a.Id
            join u in db.Users on i.DrafterId equals u.Id into drafters
            from u in drafters.DefaultIfEmpty()
            let documentPublishedOn = published.Where(d => links.Any(l => l.InterpretationId == i.Id && l.DocumentId == d.Id)).Min(d => d.PublishedOn)
            where documentPublishedOn != null
            select new { i.Id, i.AgencyId, a.Code, i.Title, DocumentPublishedOn = documentPublishedOn, i.DrafterId, DepartmentId = u == null ? null : u.DepartmentId })
            .ToListAsync(cancellationToken);
        var working = await calendar.CurrentAsync(cancellationToken);
        return [.. rows.Select(r => new RunningDeadline(
            DeadlineKind.Interpretation, r.AgencyId, r.Id, r.Title, InterpretationDeadline.DueOn(working, r.DocumentPublishedOn)!.Value,
            $"/admin/{r.Code}/interpretations/{r.Id}", r.DepartmentId, r.DrafterId))];
    }
}
