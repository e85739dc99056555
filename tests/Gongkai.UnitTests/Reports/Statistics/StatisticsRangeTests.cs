using Gongkai.Web.Features.Reports.Statistics;

namespace Gongkai.UnitTests.Reports.Statistics;

public sealed class StatisticsRangeTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void An_empty_filter_is_this_year_to_date()
    {
        var reading = StatisticsRange.Read("", null, Today);

        Assert.Equal(new StatisticsRange(new DateOnly(2026, 1, 1), Today), reading.Range);
    }

    [Fact]
    public void One_empty_field_takes_that_end_of_the_default()
    {
        Assert.Equal(new StatisticsRange(new DateOnly(2026, 3, 1), Today), StatisticsRange.Read("2026-03-01", "", Today).Range);
        Assert.Equal(new StatisticsRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), StatisticsRange.Read(" ", "2026-06-30", Today).Range);
    }

    [Fact]
    public void A_single_day_is_a_range()
    {
        var range = StatisticsRange.Read("2026-05-09", "2026-05-09", Today).Range!;

        Assert.True(range.Contains(new DateOnly(2026, 5, 9)));
        Assert.False(range.Contains(new DateOnly(2026, 5, 10)));
    }

    [Fact]
    public void The_instants_of_a_range_are_its_beijing_days_in_utc()
    {
        var range = new StatisticsRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));

        Assert.Equal(new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc), range.StartUtc);
        Assert.Equal(new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc), range.EndUtcExclusive);
        Assert.Equal(DateTimeKind.Utc, range.StartUtc.Kind);
    }

    [Theory]
    [InlineData("2026-02-30", "2026-03-01", "from")]
    [InlineData("1999-12-31", "2000-01-31", "from")]
    [InlineData("2026/01/01", "2026-03-01", "from")]
    [InlineData("2026-03-01", "2026-02-28", "to")]
    [InlineData("2023-06-30", "2026-06-30", "to")]
    public void A_bad_range_gets_a_chinese_error_under_its_field(string from, string to, string field)
    {
        var reading = StatisticsRange.Read(from, to, Today);

        Assert.False(reading.IsValid);
        Assert.Matches("^[\\u4e00-\\u9fff].*。$", reading.Errors[field]);
        Assert.Equal(from, reading.FromTyped);
        Assert.Equal(to, reading.ToTyped);
    }

    [Fact]
    public void Three_years_less_a_day_is_the_longest_range()
    {
        Assert.True(StatisticsRange.Read("2023-07-01", "2026-06-30", Today).IsValid);
        Assert.Equal("统计区间最长3年，请缩短区间或分段查看。", StatisticsRange.Read("2023-06-30", "2026-06-30", Today).Errors["to"]);
    }
}
