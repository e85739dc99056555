namespace Gongkai.Web.Features.Publications.Import;

internal static class ImportModule
{
    /// <summary>Bulk import: its limits (section Import), the in-memory job registry, the background runner and the handlers.</summary>
    public static IServiceCollection AddPublicationImport(this IServiceCollection services)
    {
        services.AddOptions<ImportLimits>().BindConfiguration(ImportLimits.Section);
        services.AddSingleton<ImportJobs>();
        services.AddHostedService<ImportRunner>();
        services.AddScoped<StartImport>();
        services.AddScoped<RunImport>();
        return services;
    }
}
