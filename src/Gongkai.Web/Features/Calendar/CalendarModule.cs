namespace Gongkai.Web.Features.Calendar;

public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services;

    public static void MapCalendar(this WebApplication app)
    {
        _ = app;
    }
}
