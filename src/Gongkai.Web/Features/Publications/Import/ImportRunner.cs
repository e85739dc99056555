namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// Runs queued imports one after another, each in a scope of its own. Outside any request, so the audit interceptor
/// records nothing: <see cref="RunImport"/> appends its own audit entry.
/// </summary>
internal sealed partial class ImportRunner(ImportJobs jobs, IServiceScopeFactory scopes, TimeProvider time, ILogger<ImportRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<RunImport>().HandleAsync(job, stoppingToken);
                }
                catch (Exception ex)
                {
                    LogFailed(logger, ex, job.Id);
                    if (!job.IsFinished)
                    {
                        job.Fail("导入时发生意外错误，没有导入任何内容，请重新导入。", time.GetUtcNow().UtcDateTime);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {JobId} stopped with an unexpected error")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
