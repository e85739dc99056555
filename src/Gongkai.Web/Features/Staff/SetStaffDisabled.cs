using System.Security.Claims;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Staff;

/// <summary>
/// Disables an account (it can no longer sign in; the renewed security stamp ends its open sessions at their next
/// check) or enables it again. Accounts are disabled, never deleted: the audit log and case histories name them.
/// False when not found.
/// </summary>
public sealed class SetStaffDisabled(UserManager<StaffUser> users, StaffMembers members)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid userId, bool disabled, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var member = await members.FindAsync(agencyId, userId, cancellationToken);
        if (member is null)
        {
            return false;
        }

        StaffRules.EnsureMayManage(actor.IsPlatformAdmin(), member.Roles);
        if (disabled && actor.GetUserId() == userId)
        {
            throw new DomainException("不能停用自己的账号。");
        }

        member.User.Disabled = disabled;
        IdentityFailure.ThrowIfFailed(disabled
            ? await users.UpdateSecurityStampAsync(member.User)
            : await users.UpdateAsync(member.User));
        return true;
    }
}
