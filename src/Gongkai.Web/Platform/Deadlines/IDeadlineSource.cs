namespace Gongkai.Web.Platform.Deadlines;

/// <summary>
/// A feature that owns running deadlines lists them here for supervision (电子监察). Register each source with
/// <c>services.AddScoped&lt;IDeadlineSource, …&gt;()</c> in the feature's module.
/// </summary>
public interface IDeadlineSource
{
    /// <summary>The running deadlines of the given agencies (all agencies when null), on <paramref name="today"/> (Beijing).</summary>
    Task<IReadOnlyList<RunningDeadline>> RunningAsync(IReadOnlyCollection<Guid>? agencyIds, DateOnly today, CancellationToken cancellationToken);
}
