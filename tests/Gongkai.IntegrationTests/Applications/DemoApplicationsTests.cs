using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Applications;

/// <summary>The demo shows cases at every desk; loading it again adds none, and the status page opens them with the demo code.</summary>
public sealed class DemoApplicationsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_demo_agency_has_cases_at_four_stages_and_loading_again_adds_none()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var statuses = await db.Set<Application>().AsNoTracking().Select(a => a.Status).ToListAsync();
        Assert.Equal(
            [ApplicationStatus.Pending, ApplicationStatus.AwaitingSupplement, ApplicationStatus.Handling, ApplicationStatus.Replied],
            statuses.Order());

        await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        Assert.Equal(4, await db.Set<Application>().CountAsync());

        var officer = await factory.SignInAsync("zhenjiang-disclosureofficer");
        var list = await officer.GetStringAsync("/admin/zhenjiang/applications");
        Assert.Contains("示例申请人丁", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_case_opens_on_the_public_status_page_with_the_demo_code()
    {
        _ = factory.Services;
        string number;
        await using (var scope = factory.Scope())
        {
            number = await factory.Db(scope).Set<Application>().Where(a => a.Status == ApplicationStatus.Replied).Select(a => a.Number).SingleAsync();
        }

        var response = await factory.Anonymous().PostFormAsync("/zhenjiang/applications/status", "/zhenjiang/applications/status",
            new() { ["Number"] = number, ["QueryCode"] = DemoApplications.QueryCodeOfEveryCase });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已答复", html, StringComparison.Ordinal);
    }
}

public sealed class ProductionHasNoDemoApplicationsTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task A_production_deployment_starts_without_any_application()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        Assert.Equal(0, await factory.Db(scope).Set<Application>().CountAsync());
    }
}
