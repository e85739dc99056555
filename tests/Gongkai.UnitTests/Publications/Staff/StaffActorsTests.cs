using System.Security.Claims;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Publications.Staff;

public sealed class StaffActorsTests
{
    private static readonly Guid Home = Guid.NewGuid();
    private static readonly Guid UserId = Guid.NewGuid();

    private static ClaimsPrincipal User(params string[] roles) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, UserId.ToString()),
            new Claim(StaffClaims.AgencyId, Home.ToString()),
            new Claim(StaffClaims.DisplayName, "山东省人社厅起草人"),
            .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ],
        "test"));

    [Fact]
    public void In_their_own_agency_staff_act_with_the_roles_in_their_cookie()
    {
        var actor = User(StaffRole.Drafter, StaffRole.OfficeReviewer).ToStaffActor(Home);
        Assert.Equal(UserId, actor.Id);
        Assert.Equal("山东省人社厅起草人", actor.Name);
        Assert.True(actor.Holds(StaffRole.Drafter));
        Assert.True(actor.Holds(StaffRole.OfficeReviewer));
        Assert.False(actor.Holds(StaffRole.DisclosureOfficer));
    }

    [Fact]
    public void In_another_agency_they_hold_no_role()
    {
        var actor = User(StaffRole.PlatformAdmin, StaffRole.DisclosureOfficer).ToStaffActor(Guid.NewGuid());
        Assert.Empty(actor.Roles);
    }
}
