using System.Security.Claims;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Publications.Staff;

public static class StaffActors
{
    /// <summary>
    /// The signed-in member of staff as the domain sees them in <paramref name="agencyId"/>: the roles in the cookie are
    /// the ones granted in their own agency, so in any other agency (a platform administrator visiting) they hold none.
    /// </summary>
    public static StaffActor ToStaffActor(this ClaimsPrincipal user, Guid agencyId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.GetAgencyId() == agencyId
            ? user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
            : [];
        return new StaffActor(user.GetUserId(), user.GetDisplayName(), roles);
    }
}
