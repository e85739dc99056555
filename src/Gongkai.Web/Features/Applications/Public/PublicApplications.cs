using Gongkai.Web.Platform.Web;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Applications.Public;

/// <summary>The applicant's side: the form, the status page, the letter download, and their abuse limits.</summary>
internal static class PublicApplications
{
    public static IServiceCollection AddPublicApplications(this IServiceCollection services)
    {
        services.AddScoped<FindApplicantCase>();
        services.AddScoped<AnswerSupplement>();
        // Read at start-up, so a deployment (or a test host) sets its own limits.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.AddPolicy(ApplicantRateLimits.Submit, new HourlyClientLimit(
                configuration.GetValue(ApplicantRateLimits.SubmitPerHourKey, ApplicantRateLimits.DefaultSubmitPerHour)));
            options.AddPolicy(ApplicantRateLimits.Lookup, new HourlyClientLimit(
                configuration.GetValue(ApplicantRateLimits.LookupPerHourKey, ApplicantRateLimits.DefaultLookupPerHour)));
        });
        return services;
    }

    public static void MapPublicApplications(WebApplication app) => _ = app;
}
