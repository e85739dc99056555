using Gongkai.Web.Platform.Calendar;
using Quartz;

namespace Gongkai.Web.Features.Publications.Jobs;

/// <summary>Daily at 00:10 Beijing time, and once when the host starts: lapses the normative documents past their expiry date.</summary>
[DisallowConcurrentExecution]
internal sealed class ExpireNormativeDocumentsJob(ExpireNormativeDocuments handler, TimeProvider time, ILogger<ExpireNormativeDocumentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("expire-normative-documents", "publications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var expired = await handler.HandleAsync(ChineseDate.Today(time), cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("{Count} 份规范性文件已到期失效", expired);
        }
    }
}
