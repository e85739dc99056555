using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Jobs;

/// <summary>
/// Closes the cases whose applicant let a deadline pass: no supplement (条例第三十条, 其他处理 1) or no payment
/// (国办函〔2020〕109号, 其他处理 2). Each case is moved in its own locked unit of work, so a second node running the same
/// job, or an officer closing it by hand meanwhile, finds it already closed and the move is skipped.
/// </summary>
public sealed class CloseLapsedApplications(GongkaiDbContext db, ChangeApplication change)
{
    public static readonly StaffActor System = new(null, "系统定时任务", new HashSet<string> { ApplicationWorkflow.System });

    /// <summary>Returns how many cases were closed in this run.</summary>
    public async Task<int> HandleAsync(DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var lapsed = await db.Set<Application>().AsNoTracking()
            .Where(a => (a.Status == ApplicationStatus.AwaitingSupplement && a.SupplementDueOn < today)
                || (a.Status == ApplicationStatus.AwaitingPayment && a.PaymentDueOn < today))
            .Select(a => new { a.Id, a.AgencyId })
            .ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var item in lapsed)
        {
            try
            {
                await change.HandleAsync(item.AgencyId, item.Id, application =>
                {
                    if (application.Status == ApplicationStatus.AwaitingSupplement)
                    {
                        application.LapseSupplement(System, today, now);
                    }
                    else
                    {
                        application.LapsePayment(System, today, now);
                    }

                    return Task.CompletedTask;
                }, cancellationToken);
                closed++;
            }
            catch (DomainException)
            {
                // Moved by someone else since the list was read: nothing left to close.
            }
        }

        return closed;
    }
}
