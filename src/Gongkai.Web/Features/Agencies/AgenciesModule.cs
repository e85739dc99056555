using Gongkai.Web.Features.Agencies.Departments;
using Gongkai.Web.Features.Agencies.Hierarchy;
using Gongkai.Web.Features.Agencies.Profile;

namespace Gongkai.Web.Features.Agencies;

public static class AgenciesModule
{
    public static IServiceCollection AddAgencies(this IServiceCollection services)
    {
        services.AddScoped<AgencyDirectory>();
        services.AddScoped<UpdateAgencyProfile>();
        services.AddScoped<AddDepartment>();
        services.AddScoped<ChangeDepartment>();
        services.AddScoped<DeleteDepartment>();
        services.AddScoped<CreateAgency>();
        services.AddScoped<EditAgency>();
        services.AddScoped<DepartmentList>();
        return services;
    }

    public static void MapAgencies(this WebApplication app)
    {
        _ = app;
    }
}
