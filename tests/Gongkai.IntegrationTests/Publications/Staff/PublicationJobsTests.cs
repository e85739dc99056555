using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Gongkai.IntegrationTests.Publications.Staff;

/// <summary>The host runs the publication jobs on its scheduler (Jobs:Enabled defaults to true).</summary>
public sealed class PublicationJobsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_scheduler_runs_the_publishing_job_every_minute_and_the_expiry_job_daily_at_ten_past_midnight_Beijing_time()
    {
        _ = factory.Services;
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        // The hosted service starts the scheduler once the application has started, a moment after the first request.
        for (var i = 0; i < 100 && scheduler.Status != SchedulerStatus.Running; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(SchedulerStatus.Running, scheduler.Status);

        var publish = await scheduler.GetTriggersOfJob(PublishScheduledDocumentsJob.Key);
        var every = Assert.IsType<ISimpleTrigger>(Assert.Single(publish), exactMatch: false);
        Assert.Equal(TimeSpan.FromMinutes(1), every.RepeatInterval);

        var expire = await scheduler.GetTriggersOfJob(ExpireNormativeDocumentsJob.Key);
        var daily = Assert.IsType<ICronTrigger>(Assert.Single(expire, t => t is ICronTrigger), exactMatch: false);
        var next = daily.NextFireTimeUtc!.Value.ToOffset(TimeSpan.FromHours(8));
        Assert.Equal(new TimeSpan(0, 10, 0), next.TimeOfDay);
    }
}
