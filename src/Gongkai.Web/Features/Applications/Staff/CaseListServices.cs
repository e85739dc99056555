namespace Gongkai.Web.Features.Applications.Staff;

internal static class CaseListServices
{
    public static void Add(IServiceCollection services) => _ = services;

    public static void Map(WebApplication app) => _ = app;
}
