using Gongkai.Web.Platform.Calendar;
using Quartz;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>At 08:00 Beijing time every day; on days off (weekends and holidays, by the working-day calendar) it does nothing.</summary>
[DisallowConcurrentExecution]
internal sealed class SendDailyDigestsJob(ComposeDigests handler, WorkingCalendar calendar, TimeProvider time, ILogger<SendDailyDigestsJob> logger) : IJob
{
    public static readonly JobKey Key = new("send-supervision-digests", "supervision");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var today = ChineseDate.Today(time);
        bool working;
        try
        {
            working = (await calendar.CurrentAsync(cancellationToken)).IsWorkingDay(today);
        }
        catch (CalendarYearNotLoadedException)
        {
            working = today.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        if (!working)
        {
            return;
        }

        var run = await handler.HandleAsync(today, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (run.Stored > 0)
        {
            logger.LogInformation("督办提醒：生成{Stored}份，发送邮件{Sent}封，失败{Failed}封", run.Stored, run.Sent, run.Failed);
        }
    }
}
