using Gongkai.Web.Platform.Jobs;
using Quartz;

namespace Gongkai.Web.Features.Applications.Jobs;

internal static class ApplicationJobs
{
    public static IServiceCollection AddApplicationJobs(this IServiceCollection services)
    {
        services.AddScoped<CloseLapsedApplications>();
        return services.AddJobs(q =>
        {
            q.ScheduleJob<CloseLapsedApplicationsJob>(
                trigger => trigger.WithIdentity("close-lapsed-applications-daily", "applications").WithCronSchedule("0 20 0 * * ?", cron => cron.InTimeZone(JobsModule.Beijing)),
                job => job.WithIdentity(CloseLapsedApplicationsJob.Key));
            q.RunAtStartup(CloseLapsedApplicationsJob.Key);
        });
    }
}
