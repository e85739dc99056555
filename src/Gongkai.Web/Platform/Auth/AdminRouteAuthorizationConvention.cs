using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Gongkai.Web.Platform.Auth;

/// <summary>Applies <see cref="AdminRoutes"/> to Razor Pages, so no page declares its own authorization.</summary>
internal sealed class AdminRouteAuthorizationConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null)
            {
                continue;
            }

            var policy = AdminRoutes.PolicyFor(template);
            if (policy is not null)
            {
                selector.EndpointMetadata.Add(new AuthorizeAttribute(policy));
            }
        }
    }
}
