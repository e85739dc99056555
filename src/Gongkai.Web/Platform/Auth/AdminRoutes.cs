namespace Gongkai.Web.Platform.Auth;

/// <summary>
/// The one place where back-office routes get their authorization: every page or endpoint whose route
/// starts with one of these prefixes gets the policy of the longest matching prefix.
/// </summary>
public static class AdminRoutes
{
    public const string AgencyRouteValue = "agency";

    public static readonly IReadOnlyList<(string Prefix, string Policy)> Rules =
    [
        ("admin/platform", Policies.PlatformAdmin),
        ("admin/{agency}/manage", Policies.AgencyAdmin),
        ("admin/{agency}", Policies.AgencyStaff),
        ("admin", Policies.Staff),
        ("api/admin/platform", Policies.PlatformAdmin),
        ("api/admin/{agency}/manage", Policies.AgencyAdmin),
        ("api/admin/{agency}", Policies.AgencyStaff),
        ("api/admin", Policies.Staff),
    ];

    public static string? PolicyFor(string routeTemplate)
    {
        var route = routeTemplate.TrimStart('/');
        return Rules
            .Where(r => route == r.Prefix || route.StartsWith(r.Prefix + "/", StringComparison.Ordinal))
            .OrderByDescending(r => r.Prefix.Length)
            .Select(r => r.Policy)
            .FirstOrDefault();
    }
}
