using Gongkai.Web.Features.Reports.Supervision.Digests;
using Gongkai.Web.Platform.Jobs;
using Quartz;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>电子监察: every running deadline across the capabilities, and the daily digest.</summary>
internal static class SupervisionModule
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<RunningDeadlines>();
        services.AddScoped<SupervisionList>();
        services.AddScoped<ExportSupervision>();
        services.AddScoped<LatestDigest>();
        services.AddScoped<DigestMailer>();
        services.AddScoped<ComposeDigests>();
        services.AddOptions<SmtpSettings>().BindConfiguration(SmtpSettings.Section);
        services.AddJobs(q => q.ScheduleJob<SendDailyDigestsJob>(
            trigger => trigger.WithIdentity("send-supervision-digests-daily", "supervision").WithCronSchedule("0 0 8 * * ?", cron => cron.InTimeZone(JobsModule.Beijing)),
            job => job.WithIdentity(SendDailyDigestsJob.Key)));
    }

    public static void Map(WebApplication app) => _ = app;
}
