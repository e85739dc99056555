namespace Gongkai.Web.Features.Applications;

/// <summary>依申请公开: services, the public form and status pages, the back office, and the deadline recount.</summary>
public static class ApplicationsModule
{
    public static IServiceCollection AddApplications(this IServiceCollection services)
    {
        services.AddScoped<ApplicationNumbers>();
        services.AddScoped<ApplicationSettingsStore>();
        services.AddScoped<RepeatCheck>();
        services.AddScoped<ChangeApplication>();
        services.AddScoped<SubmitApplication>();
        services.AddScoped<RegisterApplication>();
        services.AddScoped<Staff.MoveApplication>();
        services.AddScoped<Letters.ApplicationLetters>();
        services.AddScoped<Platform.Calendar.IRecomputeDeadlines, RecomputeApplicationDeadlines>();
        services.AddScoped<Platform.Deadlines.IDeadlineSource, ApplicationDeadlineSource>();
        Jobs.ApplicationJobs.AddApplicationJobs(services);
        Public.PublicApplications.AddPublicApplications(services);
        Staff.StaffApplications.AddStaffApplications(services);
        return services;
    }

    public static void MapApplications(this WebApplication app)
    {
        Public.PublicApplications.MapPublicApplications(app);
        Staff.StaffApplications.MapStaffApplications(app);
    }
}
