namespace Gongkai.Web.Platform.Calendar;

/// <summary>A feature that stores working-day deadlines recomputes them here when the calendar changes.</summary>
public interface IRecomputeDeadlines
{
    Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken);
}
