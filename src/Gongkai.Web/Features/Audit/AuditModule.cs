namespace Gongkai.Web.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services;

    public static void MapAudit(this WebApplication app)
    {
        _ = app;
    }
}
