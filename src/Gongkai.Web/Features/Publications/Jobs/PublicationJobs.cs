using Gongkai.Web.Platform.Jobs;
using Quartz;

namespace Gongkai.Web.Features.Publications.Jobs;

internal static class PublicationJobs
{
    public static IServiceCollection AddPublicationJobs(this IServiceCollection services)
    {
        services.AddScoped<PublishDueDocuments>();
        services.AddScoped<ExpireNormativeDocuments>();
        return services.AddJobs(q =>
        {
            q.ScheduleJob<PublishScheduledDocumentsJob>(
                trigger => trigger.WithIdentity("publish-scheduled-documents-every-minute", "publications").WithSimpleSchedule(TimeSpan.FromMinutes(1)).StartNow(),
                job => job.WithIdentity(PublishScheduledDocumentsJob.Key));
            q.ScheduleJob<ExpireNormativeDocumentsJob>(
                trigger => trigger.WithIdentity("expire-normative-documents-daily", "publications").WithCronSchedule("0 10 0 * * ?", cron => cron.InTimeZone(JobsModule.Beijing)),
                job => job.WithIdentity(ExpireNormativeDocumentsJob.Key));
            q.RunAtStartup(ExpireNormativeDocumentsJob.Key);
        });
    }
}
