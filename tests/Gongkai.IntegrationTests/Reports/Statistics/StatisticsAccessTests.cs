using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Reports.Statistics;

/// <summary>
/// Agency statistics for that agency's disclosure office, administrator and leaders (and platform administrators);
/// platform statistics for platform administrators; everyone else refused.
/// </summary>
public sealed class StatisticsAccessTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/shandong/statistics";
    private const string Export = "/admin/shandong/statistics?handler=export";
    private const string PlatformPage = "/admin/platform/statistics";

    [Theory]
    [InlineData("shandong-disclosureofficer")]
    [InlineData("shandong-agencyadmin")]
    [InlineData("shandong-leader")]
    [InlineData("admin")]
    public async Task The_disclosure_office_the_administrator_and_leaders_read_and_export_the_agency_statistics(string userName)
    {
        var client = await factory.SignInAsync(userName);

        var page = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/admin/shandong/statistics\" aria-current=\"page\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Export)).StatusCode);
    }

    [Theory]
    [InlineData("shandong-drafter")]
    [InlineData("shandong-officereviewer")]
    [InlineData("shandong-confidentialityreviewer")]
    [InlineData("shandong-handler")]
    public async Task Other_roles_of_the_agency_are_forbidden_and_see_no_link(string userName)
    {
        var client = await factory.SignInAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Export)).StatusCode);
        Assert.DoesNotContain("/statistics\"", await client.GetStringAsync("/admin/shandong"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_agency_and_anonymous_callers_are_refused()
    {
        var stranger = await factory.SignInAsync("beijing-disclosureofficer");
        Assert.True(IsAccessDenied(await stranger.GetAsync(Page)));
        Assert.True(IsAccessDenied(await stranger.GetAsync(Export)));
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/admin/beijing/statistics")).StatusCode);

        var anonymous = factory.Anonymous();
        var response = await anonymous.GetAsync(Export);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_that_does_not_exist_is_not_found()
    {
        var admin = await factory.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/nowhere/statistics")).StatusCode);
    }

    [Fact]
    public async Task Only_platform_administrators_read_the_platform_statistics()
    {
        var admin = await factory.SignInAsync("admin");
        var page = await admin.GetStringAsync(PlatformPage);
        Assert.Contains("id=\"agencies\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/platform/statistics\"", page, StringComparison.Ordinal);

        foreach (var userName in new[] { "shandong-agencyadmin", "shandong-leader", "shandong-disclosureofficer" })
        {
            var client = await factory.SignInAsync(userName);
            Assert.True(IsAccessDenied(await client.GetAsync(PlatformPage)), userName);
            Assert.True(IsAccessDenied(await client.GetAsync($"{PlatformPage}?handler=export")), userName);
        }
    }

    // The route's policy answers before the page: 403, or the redirect to the access-denied page (which answers 403).
    private static bool IsAccessDenied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal));
}
