using System.Security.Claims;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Platform.Auth;

/// <summary>Puts the staff member's agency and the roles granted in that agency into the sign-in cookie.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options, GongkaiDbContext db)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var agencyCode = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.Code).SingleAsync();
        identity.AddClaim(new Claim(StaffClaims.AgencyId, user.AgencyId.ToString()));
        identity.AddClaim(new Claim(StaffClaims.AgencyCode, agencyCode));
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        var roles = await db.RoleGrants
            .Where(g => g.UserId == user.Id && g.AgencyId == user.AgencyId)
            .Select(g => g.Role)
            .ToListAsync();
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        }

        return identity;
    }
}
