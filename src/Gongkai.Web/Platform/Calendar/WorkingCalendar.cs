using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Calendar;

/// <summary>
/// The live working-day calendar: the official arrangements shipped with the platform, overridden by the ones platform
/// administrators add, with the years administrators have confirmed counted as loaded. Built from the database on first
/// use and cached until <see cref="Invalidate"/> is called after a change.
/// </summary>
public sealed class WorkingCalendar(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    // Another web node may change the calendar without telling this one: reloading after a few minutes bounds how long
    // two nodes can disagree. A reload is two small queries.
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? cached;
    private long version;

    public async Task<WorkingDayCalendar> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh(Volatile.Read(ref cached)) is { } calendar)
        {
            return calendar;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(Volatile.Read(ref cached)) is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            // The version is read before the queries: a change committed while they run leaves this snapshot stale,
            // so the next caller loads again instead of keeping data that misses the change.
            var loadingVersion = Interlocked.Read(ref version);
            var loadedAt = time.GetTimestamp();
            var loaded = await LoadAsync(cancellationToken);
            Volatile.Write(ref cached, new Snapshot(loadingVersion, loadedAt, loaded));
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Call after any change to <c>CalendarArrangements</c> or <c>CalendarYears</c> has been saved.</summary>
    public void Invalidate() => Interlocked.Increment(ref version);

    public void Dispose() => gate.Dispose();

    private WorkingDayCalendar? Fresh(Snapshot? snapshot) =>
        snapshot is not null
        && snapshot.Version == Interlocked.Read(ref version)
        && time.GetElapsedTime(snapshot.LoadedAt) < MaxAge
            ? snapshot.Calendar
            : null;

    private async Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var added = await db.CalendarArrangements.AsNoTracking().ToListAsync(cancellationToken);
        var confirmedYears = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);

        // Administrator entries come after the official ones, so for the same date they win (a correction).
        return new WorkingDayCalendar(
            [.. OfficialHolidays.Load(), .. added.Select(a => a.ToCalendarDay())],
            [.. OfficialHolidays.Years, .. confirmedYears]);
    }

    private sealed record Snapshot(long Version, long LoadedAt, WorkingDayCalendar Calendar);
}
