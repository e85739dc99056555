namespace Gongkai.Web.Features.Agencies;

public static class AgenciesModule
{
    public static IServiceCollection AddAgencies(this IServiceCollection services)
    {
        services.AddScoped<AgencyDirectory>();
        return services;
    }

    public static void MapAgencies(this WebApplication app)
    {
        _ = app;
    }
}
