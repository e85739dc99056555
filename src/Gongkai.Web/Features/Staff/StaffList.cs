using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Staff;

public sealed record StaffRow(Guid Id, string UserName, string DisplayName, string? Department, IReadOnlyList<string> Roles, bool Disabled, bool LockedOut);

public sealed record StaffPage(int Total, int Page, int PageSize, IReadOnlyList<StaffRow> Items)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One page of an agency's staff, by user name, with their department and the roles they hold in the agency.</summary>
public sealed class StaffList(GongkaiDbContext db, StaffMembers members)
{
    public const int PageSize = 20;

    public async Task<StaffPage> HandleAsync(Guid agencyId, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Users.AsNoTracking().Where(u => u.AgencyId == agencyId);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var users = await query
            .OrderBy(u => u.UserName)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.AgencyId == agencyId && ids.Contains(g.UserId))
            .Select(g => new { g.UserId, g.Role })
            .ToListAsync(cancellationToken);
        var roles = grants.ToLookup(g => g.UserId, g => g.Role);
        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.AgencyId == agencyId)
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var rows = users.Select(u => new StaffRow(
            u.Id,
            u.UserName ?? "",
            u.DisplayName,
            u.DepartmentId is { } d && departments.TryGetValue(d, out var name) ? name : null,
            [.. roles[u.Id].OrderBy(StaffMembers.IndexOf)],
            u.Disabled,
            members.IsLockedOut(u)));
        return new StaffPage(total, page, PageSize, [.. rows]);
    }
}
