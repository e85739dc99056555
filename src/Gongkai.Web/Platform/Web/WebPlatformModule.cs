using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Web;

public static class WebPlatformModule
{
    public static IServiceCollection AddWebPlatform(this IServiceCollection services)
    {
        // Public forms add their policies (see HourlyClientLimit); the middleware runs after routing.
        services.AddRateLimiter(_ => { });
        services.AddRazorPages(options =>
            {
                options.Conventions.Add(new AdminRouteAuthorizationConvention());
                options.Conventions.ConfigureFilter(new MethodWithoutHandlerFilter());
            })
            .WithRazorPagesRoot("/Features");
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "gongkai.csrf";
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddProblemDetails();
        // Chinese text is written as characters, not as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<QrCodeSvg>();
        services.AddOpenApi(options =>
        {
            // The document describes the JSON API only, not pages, feeds or form posts.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "人力资源和社会保障政务公开平台开放接口";
                document.Info.Version = "v1";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static void UseWebPlatform(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = ex => ex is DomainException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await next();
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous(); // /openapi/v1.json
        app.MapGet("/healthz", HealthAsync).AllowAnonymous();
        app.MapPost("/preferences/text-size", (HttpContext context) =>
        {
            var large = context.Request.Cookies[TextSize.CookieName] != TextSize.Large;
            context.Response.Cookies.Append(TextSize.CookieName, large ? TextSize.Large : TextSize.Normal, new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = false,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
            var back = context.Request.Form["returnUrl"].ToString();
            return Results.LocalRedirect(string.IsNullOrEmpty(back) || !back.StartsWith('/') || back.StartsWith("//", StringComparison.Ordinal) ? "/" : back);
        });
    }

    private static async Task<IResult> HealthAsync(GongkaiDbContext db, DatabaseSettings settings)
    {
        try
        {
            var agencies = await db.Agencies.CountAsync();
            return Results.Ok(new { status = "healthy", database = settings.Provider.ToString(), agencies });
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return Results.Json(new { status = "unhealthy", database = settings.Provider.ToString(), error = "数据库不可用" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
