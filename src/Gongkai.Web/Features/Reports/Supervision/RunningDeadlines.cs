using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>Every registered source's running deadlines, marked, sorted by due date.</summary>
public sealed record SupervisionSnapshot(IReadOnlyList<SupervisionRow> Rows, DateOnly Today, DateOnly SoonUntil);

/// <summary>
/// Asks every <see cref="IDeadlineSource"/> in turn (they share the request's context) and names the departments and
/// people in two small queries. Running deadlines are open work, so the set stays small enough to filter in memory.
/// </summary>
public sealed class RunningDeadlines(IEnumerable<IDeadlineSource> sources, GongkaiDbContext db, WorkingCalendar calendar)
{
    public const string DisclosureOffice = "政务公开办";

    public async Task<SupervisionSnapshot> HandleAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        var deadlines = new List<RunningDeadline>();
        foreach (var source in sources)
        {
            deadlines.AddRange(await source.RunningAsync(agencyIds, today, cancellationToken));
        }

        var working = await calendar.CurrentAsync(cancellationToken);
        var soonUntil = DeadlineMarking.SoonUntil(working, today);
        var clock = new Applications.Clock.ClockCalendar(working);
        var agencyNames = await db.Set<Agency>().AsNoTracking().Select(a => new { a.Id, a.ShortName }).ToDictionaryAsync(a => a.Id, a => a.ShortName, cancellationToken);
        var departmentIds = deadlines.Where(d => d.DepartmentId != null).Select(d => d.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var userIds = deadlines.Where(d => d.ResponsibleUserId != null).Select(d => d.ResponsibleUserId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var rows = deadlines
            .Select(d => new SupervisionRow(
                d,
                DeadlineMarking.Of(d.DueOn, today, soonUntil),
                clock.WorkingDaysLeft(today, d.DueOn),
                agencyNames.GetValueOrDefault(d.AgencyId, ""),
                d.DepartmentId is { } department ? departments.GetValueOrDefault(department, "") : "",
                d.ResponsibleUserId is { } user ? users.GetValueOrDefault(user, "") : DisclosureOffice))
            .OrderBy(r => r.Deadline.DueOn).ThenBy(r => r.Deadline.Kind).ThenBy(r => r.Deadline.Subject, StringComparer.Ordinal)
            .ToList();
        return new SupervisionSnapshot(rows, today, soonUntil);
    }
}
