using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// Raises the request-body and multipart limits of the upload to the configured sizes of a sheet and a ZIP (the server's
/// defaults are 30 MB and 128 MB). It runs before the antiforgery check, which is what first reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ImportUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    // RequestSizeLimit and RequestFormLimits use 900; antiforgery validation runs at 1000.
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limits = http.RequestServices.GetRequiredService<IOptions<ImportLimits>>().Value;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.MaxRequestBytes;
        }

        if (http.Request.HasFormContentType && http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limits.MaxRequestBytes }));
        }
    }
}
