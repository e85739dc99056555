namespace Gongkai.Web.Features.Publications.Public;

/// <summary>The public disclosure column: its handlers, and its endpoints beside the Razor pages of this folder.</summary>
public static class PublicColumnModule
{
    public static IServiceCollection AddPublicColumn(this IServiceCollection services)
    {
        services.AddScoped<PublicDocuments>();
        services.AddScoped<PublicCatalog>();
        services.AddScoped<ListPublicDocuments>();
        services.AddScoped<ReadPublicDocument>();
        return services;
    }

    public static void MapPublicColumn(this IEndpointRouteBuilder app)
    {
        app.MapDocumentsApi();
        app.MapFeeds();
        app.MapSitemap();
        app.MapAttachmentDownload();
    }
}
