namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>A clock the test sets, to walk a year of records across 31 December.</summary>
public sealed class MovableTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>10:00 Beijing time on the given day.</summary>
    public void SetDay(DateOnly day) => now = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
}
