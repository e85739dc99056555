namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The back office of applications: lists, registration, the case page, letters, exports, settings.</summary>
internal static class StaffApplications
{
    public static IServiceCollection AddStaffApplications(this IServiceCollection services)
    {
        CaseListServices.Add(services);
        CasePageServices.Add(services);
        return services;
    }

    public static void MapStaffApplications(WebApplication app)
    {
        CaseListServices.Map(app);
        CasePageServices.Map(app);
    }
}
