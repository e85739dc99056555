using Quartz;

namespace Gongkai.Web.Features.Publications.Jobs;

/// <summary>Every minute: publishes the scheduled documents whose time has come.</summary>
[DisallowConcurrentExecution]
internal sealed class PublishScheduledDocumentsJob(PublishDueDocuments handler, TimeProvider time, ILogger<PublishScheduledDocumentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("publish-scheduled-documents", "publications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var published = await handler.HandleAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        if (published > 0)
        {
            logger.LogInformation("定时发布了 {Count} 份文件", published);
        }
    }
}
