namespace Gongkai.Web.Features.Participation.Consultations;

internal static class ConsultationsModule
{
    public static void Add(IServiceCollection services) => _ = services;

    public static void Map(WebApplication app) => _ = app;
}
