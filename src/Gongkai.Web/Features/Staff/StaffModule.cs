namespace Gongkai.Web.Features.Staff;

public static class StaffModule
{
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddScoped<StaffMembers>();
        services.AddScoped<StaffList>();
        services.AddScoped<CreateStaffMember>();
        services.AddScoped<EditStaffMember>();
        services.AddScoped<ResetStaffPassword>();
        services.AddScoped<SetStaffDisabled>();
        services.AddScoped<UnlockStaffMember>();
        return services;
    }
}
