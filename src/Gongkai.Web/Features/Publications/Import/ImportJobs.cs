using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// The import jobs of this process, in memory: a job is found only through its own agency, one agency runs one import
/// at a time, and finished jobs are forgotten after a day. A restart forgets every job (an import then in progress is
/// rolled back by its transaction), and several web nodes do not see each other's jobs.
/// </summary>
internal sealed class ImportJobs(TimeProvider time)
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();
    private readonly Channel<ImportJob> queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();

    public ChannelReader<ImportJob> Queue => queue.Reader;

    /// <summary>The job, when it belongs to the agency; another agency's job is not found.</summary>
    public ImportJob? Find(Guid agencyId, Guid id) =>
        jobs.TryGetValue(id, out var job) && job.AgencyId == agencyId ? job : null;

    public IReadOnlyList<ImportJob> ForAgency(Guid agencyId) =>
        [.. jobs.Values.Where(j => j.AgencyId == agencyId).OrderByDescending(j => j.CreatedAt)];

    public void Enqueue(ImportJob job)
    {
        lock (gate)
        {
            Forget();
            if (jobs.Values.Any(j => j.AgencyId == job.AgencyId && !j.IsFinished))
            {
                throw new DomainException("本机关已有一个导入任务正在进行，请等它完成后再导入。");
            }

            jobs[job.Id] = job;
        }

        if (!queue.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("导入队列已关闭。");
        }
    }

    private void Forget()
    {
        var before = time.GetUtcNow().UtcDateTime - KeepFinished;
        foreach (var old in jobs.Values.Where(j => j.IsFinished && j.FinishedAt < before))
        {
            jobs.TryRemove(old.Id, out _);
        }
    }
}
