using Gongkai.Web.Features.Reports.Statistics;

namespace Gongkai.UnitTests.Reports.Statistics;

public sealed class MonthCountTests
{
    [Fact]
    public void Every_month_the_range_touches_gets_a_bucket_empty_ones_included()
    {
        var range = new StatisticsRange(new DateOnly(2026, 1, 31), new DateOnly(2026, 4, 1));

        var buckets = MonthCount.Buckets(range, [new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1)]);

        Assert.Equal(
            [new MonthCount(2026, 1, 1), new MonthCount(2026, 2, 0), new MonthCount(2026, 3, 2), new MonthCount(2026, 4, 1)],
            buckets);
        Assert.Equal("2026年2月", buckets[1].Label);
    }

    [Fact]
    public void Dates_outside_the_range_fall_in_no_bucket()
    {
        var range = new StatisticsRange(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 29));

        var buckets = MonthCount.Buckets(range, [new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 29), new DateOnly(2026, 4, 30)]);

        Assert.Equal([new MonthCount(2026, 4, 2)], buckets);
    }

    [Fact]
    public void A_range_across_the_new_year_keeps_the_years_apart()
    {
        var range = new StatisticsRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31));

        var buckets = MonthCount.Buckets(range, [new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)]);

        Assert.Equal([new MonthCount(2025, 12, 1), new MonthCount(2026, 1, 2)], buckets);
    }
}
