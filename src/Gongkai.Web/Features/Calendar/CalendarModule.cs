using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Calendar;

public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<WorkingCalendar>();
        services.AddScoped<CalendarChanges>();
        services.AddScoped<ComputeDeadline>();
        services.AddScoped<AddArrangement>();
        services.AddScoped<RemoveArrangement>();
        services.AddScoped<ConfirmYear>();
        return services;
    }

    public static void MapCalendar(this WebApplication app) => app.MapCalendarApi();
}
