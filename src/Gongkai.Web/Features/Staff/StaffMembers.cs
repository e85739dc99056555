using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Staff;

/// <summary>A member of staff as the back office shows them.</summary>
public sealed record StaffMember(StaffUser User, IReadOnlyList<string> Roles, bool LockedOut);

/// <summary>
/// Finds staff of one agency. Every look-up is by id AND agency, so an id from another agency is simply not found,
/// whatever the caller posts.
/// </summary>
public sealed class StaffMembers(GongkaiDbContext db, TimeProvider time)
{
    public async Task<StaffMember?> FindAsync(Guid agencyId, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.AgencyId == agencyId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await RolesAsync(agencyId, userId, cancellationToken);
        return new StaffMember(user, roles, IsLockedOut(user));
    }

    public async Task<IReadOnlyList<string>> RolesAsync(Guid agencyId, Guid userId, CancellationToken cancellationToken = default)
    {
        var roles = await db.RoleGrants
            .Where(g => g.UserId == userId && g.AgencyId == agencyId)
            .Select(g => g.Role)
            .ToListAsync(cancellationToken);
        return [.. roles.OrderBy(r => IndexOf(r))];
    }

    public async Task<IReadOnlyList<Department>> DepartmentsAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking()
            .Where(d => d.AgencyId == agencyId)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .ToListAsync(cancellationToken);

    public async Task EnsureDepartmentAsync(Guid agencyId, Guid? departmentId, CancellationToken cancellationToken = default)
    {
        if (departmentId is not null
            && !await db.Departments.AnyAsync(d => d.Id == departmentId && d.AgencyId == agencyId, cancellationToken))
        {
            throw new DomainException("所选处室不存在。");
        }
    }

    public bool IsLockedOut(StaffUser user) => user.LockoutEnd is { } end && end > time.GetUtcNow();

    public static int IndexOf(string role)
    {
        var index = StaffRole.All.ToList().IndexOf(role);
        return index < 0 ? int.MaxValue : index;
    }
}
