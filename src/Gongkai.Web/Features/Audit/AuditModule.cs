namespace Gongkai.Web.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<SearchAuditLog>();
        services.AddScoped<ExportAuditLog>();
        services.AddScoped<AuditNames>();
        return services;
    }

    public static void MapAudit(this WebApplication app) => app.MapAuditApi();
}
