using System.Security.Claims;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Staff;

/// <summary>An administrator sets a new password for a member who forgot theirs; their open sessions end. False when not found.</summary>
public sealed class ResetStaffPassword(UserManager<StaffUser> users, StaffMembers members)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid userId, string? password, string? confirm, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var member = await members.FindAsync(agencyId, userId, cancellationToken);
        if (member is null)
        {
            return false;
        }

        StaffRules.EnsureMayManage(actor.IsPlatformAdmin(), member.Roles);
        if (string.IsNullOrEmpty(password))
        {
            throw new DomainException("请填写新密码。");
        }

        if (password != confirm)
        {
            throw new DomainException("两次输入的新密码不一致。");
        }

        // The reset token path validates the password and renews the security stamp in one update.
        var token = await users.GeneratePasswordResetTokenAsync(member.User);
        IdentityFailure.ThrowIfFailed(await users.ResetPasswordAsync(member.User, token, password));
        return true;
    }
}
