using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Deadlines;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>How many running deadlines of one kind the viewer has, and how many of them are late or due soon.</summary>
public sealed record KindCount(DeadlineKind Kind, int Total, int Overdue, int DueSoon);

public sealed record SupervisionPage(
    IReadOnlyList<SupervisionRow> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<KindCount> Counts,
    IReadOnlyList<(Guid Id, string Name)> Departments,
    IReadOnlyList<(Guid Id, string Name)> People,
    DateOnly Today,
    DateOnly SoonUntil)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// One page of the running deadlines the viewer may see: of the given agencies (all when null), and when
/// <paramref name="onlyResponsible"/> is set only those that person answers for. The counts per kind ignore the filters.
/// </summary>
public sealed class SupervisionList(RunningDeadlines running, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<(SupervisionSnapshot Snapshot, IReadOnlyList<SupervisionRow> Scope)> ScopeAsync(IReadOnlyCollection<Guid>? agencyIds, Guid? onlyResponsible, CancellationToken cancellationToken)
    {
        var snapshot = await running.HandleAsync(agencyIds, ChineseDate.Today(time), cancellationToken);
        IReadOnlyList<SupervisionRow> scope = onlyResponsible is { } person
            ? [.. snapshot.Rows.Where(r => r.Deadline.ResponsibleUserId == person)]
            : snapshot.Rows;
        return (snapshot, scope);
    }

    public async Task<SupervisionPage> HandleAsync(IReadOnlyCollection<Guid>? agencyIds, Guid? onlyResponsible, SupervisionFilter filter, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (snapshot, scope) = await ScopeAsync(agencyIds, onlyResponsible, cancellationToken);
        var counts = scope.GroupBy(r => r.Deadline.Kind).OrderBy(g => g.Key)
            .Select(g => new KindCount(g.Key, g.Count(), g.Count(r => r.Status == DeadlineStatus.Overdue), g.Count(r => r.Status == DeadlineStatus.DueSoon)))
            .ToList();
        var departments = scope.Where(r => r.Deadline.DepartmentId != null).Select(r => (r.Deadline.DepartmentId!.Value, r.DepartmentName))
            .Distinct().OrderBy(d => d.DepartmentName, StringComparer.Ordinal).ToList();
        var people = scope.Where(r => r.Deadline.ResponsibleUserId != null).Select(r => (r.Deadline.ResponsibleUserId!.Value, r.ResponsibleName))
            .Distinct().OrderBy(p => p.ResponsibleName, StringComparer.Ordinal).ToList();
        var filtered = filter.Apply(scope).ToList();
        var pageCount = Math.Max(1, (filtered.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = filtered.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new SupervisionPage(items, filtered.Count, page, PageSize, counts, departments, people, snapshot.Today, snapshot.SoonUntil);
    }
}
