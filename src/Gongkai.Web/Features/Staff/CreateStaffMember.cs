using System.Security.Claims;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Staff;

/// <summary>Creates a member of staff in an agency with an initial password and roles; the account and its roles are saved together.</summary>
public sealed class CreateStaffMember(GongkaiDbContext db, UserManager<StaffUser> users, StaffMembers members)
{
    public async Task<StaffUser> HandleAsync(Guid agencyId, StaffForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var userName = form.UserName?.Trim() ?? "";
        if (userName.Length is 0 or > 64)
        {
            throw new DomainException("请填写用户名（不超过64个字符）。");
        }

        var displayName = StaffRules.DisplayName(form.DisplayName);
        var email = StaffRules.Email(form.Email);
        var departmentId = StaffRules.DepartmentId(form.DepartmentId);
        await members.EnsureDepartmentAsync(agencyId, departmentId, cancellationToken);
        var roles = StaffRules.ValidRoles(form.Roles, actor.IsPlatformAdmin());
        if (string.IsNullOrEmpty(form.Password))
        {
            throw new DomainException("请填写初始密码。");
        }

        if (form.Password != form.ConfirmPassword)
        {
            throw new DomainException("两次输入的密码不一致。");
        }

        var user = new StaffUser
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            DisplayName = displayName,
            Email = email.Length == 0 ? null : email,
            AgencyId = agencyId,
            DepartmentId = departmentId,
            LockoutEnabled = true,
        };

        // Tracked before CreateAsync, so its one SaveChanges writes the account and its roles together.
        var grants = roles.Select(role => new RoleGrant(user.Id, agencyId, role)).ToList();
        db.RoleGrants.AddRange(grants);
        var result = await users.CreateAsync(user, form.Password);
        if (!result.Succeeded)
        {
            foreach (var grant in grants)
            {
                db.Entry(grant).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            }

            IdentityFailure.ThrowIfFailed(result);
        }

        return user;
    }
}
