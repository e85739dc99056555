using Quartz;

namespace Gongkai.Web.Platform.Jobs;

/// <summary>
/// The one Quartz scheduler of the host. Features add their jobs through <see cref="AddJobs"/>; the scheduler runs when
/// <c>Jobs:Enabled</c> is true (the default). The store is in memory on every provider: the jobs are idempotent and
/// move each item in its own locked unit of work, so two nodes running the same job cannot move an item twice
/// (docs/adr/0006-jobs.md).
/// </summary>
public static class JobsModule
{
    public const string EnabledKey = "Jobs:Enabled";

    /// <summary>
    /// Beijing time for daily triggers. China has kept UTC+8 without daylight saving since 1991, so a fixed zone is exact
    /// and does not depend on the server having a time-zone database.
    /// </summary>
    public static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("Gongkai/Beijing", TimeSpan.FromHours(8), "北京时间", "北京时间");

    public static IServiceCollection AddJobs(this IServiceCollection services, Action<IQuartzBuilder> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (!services.Any(d => d.ServiceType == typeof(JobsMarker)))
        {
            services.AddSingleton<JobsMarker>();
            services.AddQuartz(q => q.UseInMemoryStore());
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
            services.AddOptions<QuartzHostedServiceOptions>()
                .Configure<IConfiguration>((options, configuration) => options.AutoStart = configuration.GetValue(EnabledKey, true));
        }

        // AddQuartz is additive: each feature's jobs join the same default scheduler.
        services.AddQuartz(jobs);
        return services;
    }

    private sealed class JobsMarker;
}
