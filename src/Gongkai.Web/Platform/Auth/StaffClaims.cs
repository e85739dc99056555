using System.Security.Claims;

namespace Gongkai.Web.Platform.Auth;

public static class StaffClaims
{
    public const string AgencyId = "gongkai:agency_id";
    public const string AgencyCode = "gongkai:agency_code";
    public const string DisplayName = "gongkai:display_name";

    public static Guid? GetAgencyId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AgencyId), out var id) ? id : null;

    public static string? GetAgencyCode(this ClaimsPrincipal user) => user.FindFirstValue(AgencyCode);

    public static Guid? GetUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    public static bool IsPlatformAdmin(this ClaimsPrincipal user) => user.IsInRole(StaffRole.PlatformAdmin);
}
