using Gongkai.Web.Features.Applications.Staff;
using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>
/// The running deadlines of open cases, from the dates each case keeps recomputed (extension and pauses included, as
/// the due list reads them): the supplement notice while it may still be sent (条例第三十条), the reply while its clock
/// runs (第三十三条), each unanswered consultation (第三十二、三十四条) and the payment window (国办函〔2020〕109号). The
/// assigned handler and department answer for them; before assignment the disclosure office (no person named).
/// </summary>
internal sealed class ApplicationDeadlineSource(GongkaiDbContext db) : IDeadlineSource
{
    public async Task<IReadOnlyList<RunningDeadline>> RunningAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken)
    {
        var open = ApplicationFilter.OpenStatuses;
        var cases = db.Set<Application>().AsNoTracking().Where(a => open.Contains(a.Status));
        if (agencyIds is not null)
        {
            cases = cases.Where(a => agencyIds.Contains(a.AgencyId));
        }

        var rows = await (
            from a in cases
            join agency in db.Agencies on a.AgencyId equals agency.Id
            where a.ReplyDueOn != null
                || (a.Status == ApplicationStatus.Registered && a.SupplementRequestedOn == null && a.SupplementNoticeDueOn >= today)
                || (a.Status == ApplicationStatus.AwaitingPayment && a.PaymentDueOn != null)
                || a.Consultations.Any(c => c.AnsweredOn == null)
            select new
            {
                a.Id, a.AgencyId, agency.Code, a.Number, a.Status, a.Description, a.ReplyDueOn, a.SupplementRequestedOn, a.SupplementNoticeDueOn,
                a.PaymentDueOn, a.DepartmentId, a.HandlerId, a.DeadlinesProvisional,
                Consultations = a.Consultations.Where(c => c.AnsweredOn == null).Select(c => new { c.Id, c.PartyName, c.DueOn }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var deadlines = new List<RunningDeadline>();
        foreach (var r in rows)
        {
            var url = $"/admin/{r.Code}/applications/{r.Id}";
            var subject = $"{r.Number} {Shorten(r.Description)}";
            void Add(DeadlineKind kind, DateOnly dueOn, string text) =>
                deadlines.Add(new RunningDeadline(kind, r.AgencyId, r.Id, text, dueOn, url, r.DepartmentId, r.HandlerId, r.DeadlinesProvisional));

            if (r.Status == ApplicationStatus.Registered && r.SupplementRequestedOn is null && r.SupplementNoticeDueOn is { } notice && notice >= today)
            {
                // After the 7th working day no supplement may be asked for: the chance lapses, it is not late work.
                Add(DeadlineKind.SupplementNotice, notice, subject);
            }

            if (r.ReplyDueOn is { } reply)
            {
                Add(DeadlineKind.ApplicationReply, reply, subject);
            }

            foreach (var c in r.Consultations)
            {
                Add(DeadlineKind.ApplicationConsultation, c.DueOn, $"{subject}（征求{c.PartyName}意见）");
            }

            if (r.Status == ApplicationStatus.AwaitingPayment && r.PaymentDueOn is { } payment)
            {
                Add(DeadlineKind.FeePayment, payment, subject);
            }
        }

        return deadlines;
    }

    // The request as the applicant worded it may be long; the list shows its start, never the applicant's name.
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
