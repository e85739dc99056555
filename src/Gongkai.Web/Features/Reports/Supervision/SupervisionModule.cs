namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>电子监察: every running deadline across the capabilities, and the daily digest.</summary>
internal static class SupervisionModule
{
    public static void Add(IServiceCollection services) => _ = services;

    public static void Map(WebApplication app) => _ = app;
}
