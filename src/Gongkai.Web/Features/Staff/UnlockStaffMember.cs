using System.Security.Claims;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Staff;

/// <summary>Ends the lock-out after too many wrong passwords, and forgets the failed attempts. False when not found.</summary>
public sealed class UnlockStaffMember(UserManager<StaffUser> users, StaffMembers members)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid userId, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var member = await members.FindAsync(agencyId, userId, cancellationToken);
        if (member is null)
        {
            return false;
        }

        StaffRules.EnsureMayManage(actor.IsPlatformAdmin(), member.Roles);

        // One update rather than SetLockoutEndDateAsync + ResetAccessFailedCountAsync: one save, one audit entry.
        member.User.LockoutEnd = null;
        member.User.AccessFailedCount = 0;
        IdentityFailure.ThrowIfFailed(await users.UpdateAsync(member.User));
        return true;
    }
}
