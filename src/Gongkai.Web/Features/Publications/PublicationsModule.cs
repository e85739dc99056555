namespace Gongkai.Web.Features.Publications;

public static class PublicationsModule
{
    public static IServiceCollection AddPublications(this IServiceCollection services)
    {
        services.AddScoped<IndexNumbers>();
        services.AddSingleton<Platform.Search.ISearchSource, Search.DocumentSearchSource>();
        services.AddScoped<AgencyCatalog>();
        services.AddScoped<Platform.Calendar.IRecomputeDeadlines, RecomputePublicationDeadlines>();
        services.AddScoped<Platform.Deadlines.IDeadlineSource, PublicationDeadlineSource>();
        services.AddSingleton<Attachments.AttachmentStore>();
        Public.PublicColumnModule.AddPublicColumn(services);
        Staff.StaffPublications.AddStaffPublications(services);
        Jobs.PublicationJobs.AddPublicationJobs(services);
        Import.ImportModule.AddPublicationImport(services);
        return services;
    }

    public static void MapPublications(this WebApplication app)
    {
        Public.PublicColumnModule.MapPublicColumn(app);
        _ = app;
    }
}
