namespace Gongkai.Web.Features.Publications;

public static class PublicationsModule
{
    public static IServiceCollection AddPublications(this IServiceCollection services)
    {
        services.AddScoped<IndexNumbers>();
        services.AddScoped<AgencyCatalog>();
        services.AddSingleton<Attachments.AttachmentStore>();
        return services;
    }

    public static void MapPublications(this WebApplication app)
    {
        _ = app;
    }
}
