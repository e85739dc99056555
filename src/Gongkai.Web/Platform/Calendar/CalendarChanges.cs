namespace Gongkai.Web.Platform.Calendar;

/// <summary>
/// Announces a saved change of holidays or confirmed years: the cached calendar is dropped and every stored deadline
/// is recomputed against the new one, so no deadline keeps counting on an outdated arrangement.
/// </summary>
public sealed class CalendarChanges(WorkingCalendar calendar, IEnumerable<IRecomputeDeadlines> features)
{
    public async Task AnnounceAsync(CancellationToken cancellationToken = default)
    {
        calendar.Invalidate();
        var current = await calendar.CurrentAsync(cancellationToken);
        foreach (var feature in features)
        {
            await feature.RecomputeAsync(current, cancellationToken);
        }
    }
}
