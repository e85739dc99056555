using System.Security.Claims;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Staff;

/// <summary>
/// Changes a member's name, department and roles in one save. A change of roles renews the security stamp, so the
/// member's open sessions are re-checked and pick up the new roles. Null when the agency has no such member.
/// </summary>
public sealed class EditStaffMember(GongkaiDbContext db, UserManager<StaffUser> users, StaffMembers members)
{
    public async Task<StaffUser?> HandleAsync(Guid agencyId, Guid userId, StaffForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var member = await members.FindAsync(agencyId, userId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        var isPlatformAdmin = actor.IsPlatformAdmin();
        StaffRules.EnsureMayManage(isPlatformAdmin, member.Roles);
        var user = member.User;
        var displayName = StaffRules.DisplayName(form.DisplayName);
        var email = StaffRules.Email(form.Email);
        var departmentId = StaffRules.DepartmentId(form.DepartmentId);
        await members.EnsureDepartmentAsync(agencyId, departmentId, cancellationToken);
        var roles = StaffRules.ValidRoles(form.Roles, isPlatformAdmin);
        StaffRules.EnsureKeepsOwnAdminRoles(actor.GetUserId() == userId, member.Roles, roles);

        user.DisplayName = displayName;
        user.DepartmentId = departmentId;
        user.Email = email.Length == 0 ? null : email;
        var grants = await db.RoleGrants.Where(g => g.UserId == userId && g.AgencyId == agencyId).ToListAsync(cancellationToken);
        db.RoleGrants.RemoveRange(grants.Where(g => !roles.Contains(g.Role)));
        db.RoleGrants.AddRange(roles.Where(r => grants.All(g => g.Role != r)).Select(r => new RoleGrant(userId, agencyId, r)));
        var rolesChanged = !roles.SetEquals(member.Roles);
        var result = rolesChanged ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
        IdentityFailure.ThrowIfFailed(result);
        return user;
    }
}
