using Gongkai.Web.Platform.Calendar;
using Quartz;

namespace Gongkai.Web.Features.Applications.Jobs;

/// <summary>Daily at 00:20 Beijing time, and once when the host starts.</summary>
[DisallowConcurrentExecution]
internal sealed class CloseLapsedApplicationsJob(CloseLapsedApplications handler, TimeProvider time, ILogger<CloseLapsedApplicationsJob> logger) : IJob
{
    public static readonly JobKey Key = new("close-lapsed-applications", "applications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var closed = await handler.HandleAsync(ChineseDate.Today(time), time.GetUtcNow().UtcDateTime, cancellationToken);
        if (closed > 0)
        {
            logger.LogInformation("{Count} 件申请因逾期未补正或未缴费终止办理", closed);
        }
    }
}
