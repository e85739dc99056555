using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Platform;

public sealed class AdminRoutesTests
{
    [Theory]
    [InlineData("admin", Policies.Staff)]
    [InlineData("/admin/account/password", Policies.Staff)]
    [InlineData("admin/{agency}", Policies.AgencyStaff)]
    [InlineData("admin/{agency}/documents/{id:guid}", Policies.AgencyStaff)]
    [InlineData("admin/{agency}/manage/staff", Policies.AgencyAdmin)]
    [InlineData("admin/platform/agencies", Policies.PlatformAdmin)]
    [InlineData("api/admin/{agency}/manage/audit", Policies.AgencyAdmin)]
    [InlineData("api/admin/platform/calendar", Policies.PlatformAdmin)]
    public void The_longest_matching_prefix_decides_the_policy(string route, string policy) =>
        Assert.Equal(policy, AdminRoutes.PolicyFor(route));

    [Theory]
    [InlineData("")]
    [InlineData("{agency}/guide")]
    [InlineData("administration")]
    [InlineData("api/calendar/add-working-days")]
    public void Public_routes_get_no_policy(string route) => Assert.Null(AdminRoutes.PolicyFor(route));
}
