using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Departments;

public sealed record DepartmentRow(Guid Id, string Name, int SortOrder, int StaffCount);

/// <summary>An agency's departments in their order, with how many staff belong to each.</summary>
public sealed class DepartmentList(GongkaiDbContext db)
{
    public async Task<IReadOnlyList<DepartmentRow>> HandleAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        await db.Departments
            .Where(d => d.AgencyId == agencyId)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new DepartmentRow(d.Id, d.Name, d.SortOrder, db.Users.Count(u => u.DepartmentId == d.Id)))
            .ToListAsync(cancellationToken);
}
