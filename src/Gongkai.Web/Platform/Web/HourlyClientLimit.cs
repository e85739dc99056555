using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Platform.Web;

/// <summary>
/// At most <c>permits</c> posts an hour from one client address to the pages that carry the policy; reading the pages
/// is never limited. Over the limit the client gets 429 and a Chinese page saying to wait. Public forms of every
/// feature (applications, comments, the mailbox) register a policy of their own with it.
/// </summary>
public sealed class HourlyClientLimit(int permits) : IRateLimiterPolicy<string>
{
    public const string Message = "提交过于频繁，请稍后再试。";

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetSlidingWindowLimiter("ip:" + client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Page(http), Encoding.UTF8, cancellationToken);
    }

    // A page of its own: the limiter answers before any Razor page runs.
    private static string Page(HttpContext http)
    {
        var agency = http.GetRouteValue("agency") as string ?? "";
        var back = agency.Length > 0 ? $"{http.Request.PathBase}/{Uri.EscapeDataString(agency)}/" : $"{http.Request.PathBase}/";
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>提交过于频繁</title>
                <link rel="stylesheet" href="{WebUtility.HtmlEncode(http.Request.PathBase + "/css/site.css")}">
            </head>
            <body>
                <main id="main" class="container">
                    <h1>提交过于频繁</h1>
                    <p class="alert alert-error" role="alert">{Message}</p>
                    <p>为防止滥用，同一网络地址每小时提交的次数有限。请过一段时间后再提交；如有急事，请拨打本机关政务公开咨询电话。</p>
                    <p><a href="{WebUtility.HtmlEncode(back)}">返回首页</a></p>
                </main>
            </body>
            </html>
            """;
    }
}
