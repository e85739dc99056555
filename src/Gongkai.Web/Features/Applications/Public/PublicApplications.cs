namespace Gongkai.Web.Features.Applications.Public;

/// <summary>The applicant's side: the form, the status page, the letter download, and their abuse limits.</summary>
internal static class PublicApplications
{
    public static IServiceCollection AddPublicApplications(this IServiceCollection services) => services;

    public static void MapPublicApplications(WebApplication app) => _ = app;
}
