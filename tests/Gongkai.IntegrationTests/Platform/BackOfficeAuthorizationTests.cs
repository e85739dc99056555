using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Platform;

/// <summary>
/// Enumerates every /admin page and /api/admin endpoint the application has, and proves that an anonymous caller and
/// a member of staff of another agency are both refused, by GET and by POST.
/// </summary>
public sealed partial class BackOfficeAuthorizationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string TargetAgency = "shandong";

    [Fact]
    public async Task Anonymous_requests_to_every_back_office_endpoint_are_refused()
    {
        var client = factory.Anonymous();
        var routes = BackOfficeRoutes();
        Assert.True(routes.Count >= 5, $"只找到{routes.Count}个后台路由");
        foreach (var (route, methods) in routes)
        {
            foreach (var method in methods)
            {
                var response = await client.Http.SendAsync(new HttpRequestMessage(method, route));
                Assert.True(IsRefused(response, signInExpected: true), $"匿名 {method} {route} 未被拒绝：{(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task Staff_of_another_agency_are_refused_on_every_agency_and_platform_endpoint()
    {
        var stranger = await factory.SignInAsync("beijing-agencyadmin");
        var routes = BackOfficeRoutes().Where(r => r.Route.Contains($"/{TargetAgency}", StringComparison.Ordinal) || r.Route.Contains("/platform", StringComparison.Ordinal)).ToList();
        Assert.Contains(routes, r => r.Route.StartsWith("/admin/platform", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Route.StartsWith("/api/admin/", StringComparison.Ordinal));
        foreach (var (route, methods) in routes)
        {
            foreach (var method in methods)
            {
                var response = await stranger.Http.SendAsync(new HttpRequestMessage(method, route));
                Assert.True(IsRefused(response, signInExpected: false), $"北京市人社局管理员 {method} {route} 未被拒绝：{(int)response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task Staff_of_the_agency_itself_reach_its_workbench()
    {
        var own = await factory.SignInAsync("shandong-drafter");
        var response = await own.GetAsync($"/admin/{TargetAgency}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await own.GetAsync($"/admin/{TargetAgency}/manage/staff");
        Assert.True(IsRefused(refused, signInExpected: false), "起草人不应进入机关管理页面");
    }

    // Pages answer GET and POST (their handlers); API endpoints the methods they declare.
    private List<(string Route, HttpMethod[] Methods)> BackOfficeRoutes()
    {
        var sources = factory.Services.GetRequiredService<EndpointDataSource>();
        return [.. sources.Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Declared: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
            .Where(e => e.Route.StartsWith("/admin", StringComparison.Ordinal) || e.Route.StartsWith("/api/admin", StringComparison.Ordinal))
            .GroupBy(e => Concrete(e.Route))
            .Select(g => (g.Key, g.Any(e => e.Declared is null)
                ? new[] { HttpMethod.Get, HttpMethod.Post }
                : g.SelectMany(e => e.Declared!).Distinct().Select(m => new HttpMethod(m)).ToArray()))
            .OrderBy(r => r.Key)];
    }

    // Fills each route parameter with a plausible value: the agency under attack, a random id, a number.
    private static string Concrete(string template) => Parameter().Replace(template, m =>
    {
        var name = m.Groups[1].Value;
        var constraint = m.Groups[2].Value;
        return name == "agency" ? TargetAgency
            : constraint.Contains("guid", StringComparison.Ordinal) || name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString()
            : "1";
    });

    private static bool IsRefused(HttpResponseMessage response, bool signInExpected)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => signInExpected,
            HttpStatusCode.Forbidden => true,
            HttpStatusCode.Redirect or HttpStatusCode.Found => signInExpected
                ? location.Contains("/account/sign-in", StringComparison.Ordinal)
                : location.Contains("/account/access-denied", StringComparison.Ordinal),
            _ => false,
        };
    }

    [GeneratedRegex(@"\{\*?([A-Za-z]+)\??(?::([^}]*))?\}")]
    private static partial Regex Parameter();
}
