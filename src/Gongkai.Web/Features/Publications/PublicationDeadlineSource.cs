using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>
/// 条例第二十六条: every proactive document not yet published, due on its stored 20-working-day date. The drafter answers
/// for it (谁起草、谁负责), in the drafter's department.
/// </summary>
internal sealed class PublicationDeadlineSource(GongkaiDbContext db) : IDeadlineSource
{
    public async Task<IReadOnlyList<RunningDeadline>> RunningAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken)
    {
        var documents = DueDocuments.AwaitingPublication(db.Set<Document>().AsNoTracking());
        if (agencyIds is not null)
        {
            documents = documents.Where(d => agencyIds.Contains(d.AgencyId));
        }

        var rows = await (
            from d in documents
            join a in db.Agencies on d.AgencyId equals a.Id
            join u in db.Users on d.DrafterId equals u.Id into drafters
            from u in drafters.DefaultIfEmpty()
            select new { d.Id, d.AgencyId, a.Code, d.Title, d.PublicationDueOn, d.DrafterId, DepartmentId = u == null ? null : u.DepartmentId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RunningDeadline(
            DeadlineKind.Publication, r.AgencyId, r.Id, r.Title, r.PublicationDueOn, $"/admin/{r.Code}/documents/{r.Id}", r.DepartmentId, r.DrafterId))];
    }
}
