namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>The back-office handlers of publications.</summary>
internal static class StaffPublications
{
    public static IServiceCollection AddStaffPublications(this IServiceCollection services)
    {
        services.AddScoped<ChangeDocument>();
        services.AddScoped<SaveDraft>();
        services.AddScoped<DeleteDraftAttachment>();
        services.AddScoped<MoveDocument>();
        services.AddScoped<DocumentList>();
        services.AddScoped<DueDocuments>();
        services.AddScoped<DocumentDetails>();
        services.AddScoped<Settings.ChangePublicationSettings>();
        services.AddScoped<Settings.ChangeGuide>();
        services.AddScoped<Settings.AddCategory>();
        services.AddScoped<Settings.ChangeCategory>();
        services.AddScoped<Settings.MoveCategory>();
        services.AddScoped<Settings.DeleteCategory>();
        return services;
    }
}
