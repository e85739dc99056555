using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.Platform.Auth;

/// <summary>The route's {agency} must be the signed-in staff member's own agency, unless they administer the platform.</summary>
internal sealed class AgencyAccessRequirement(bool adminOnly) : IAuthorizationRequirement
{
    public bool AdminOnly { get; } = adminOnly;
}

internal sealed class AgencyAccessHandler(IHttpContextAccessor accessor) : AuthorizationHandler<AgencyAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AgencyAccessRequirement requirement)
    {
        var user = context.User;
        if (user.IsPlatformAdmin())
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var routeAgency = accessor.HttpContext?.GetRouteValue(AdminRoutes.AgencyRouteValue) as string;
        var ownAgency = user.GetAgencyCode();
        var sameAgency = routeAgency is not null && ownAgency is not null
            && string.Equals(routeAgency, ownAgency, StringComparison.OrdinalIgnoreCase);
        if (sameAgency && (!requirement.AdminOnly || user.IsInRole(StaffRole.AgencyAdmin)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
