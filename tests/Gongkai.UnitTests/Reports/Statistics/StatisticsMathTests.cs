using Gongkai.Web.Features.Reports.Statistics;

namespace Gongkai.UnitTests.Reports.Statistics;

public sealed class StatisticsMathTests
{
    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_whatever_the_order() =>
        Assert.Equal(20m, StatisticsMath.Median([39, 1, 20]));

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values() =>
        Assert.Equal(11.5m, StatisticsMath.Median([20, 3, 39, 1]));

    [Fact]
    public void There_is_no_median_of_nothing() => Assert.Null(StatisticsMath.Median([]));

    [Theory]
    [InlineData(3, 4, "75.0%")]
    [InlineData(2, 3, "66.7%")]
    [InlineData(1, 3, "33.3%")]
    [InlineData(0, 5, "0.0%")]
    [InlineData(5, 5, "100.0%")]
    [InlineData(0, 0, "—")]
    public void A_share_is_a_percentage_with_one_decimal_or_a_dash_when_there_is_nothing_to_share(int part, int whole, string expected) =>
        Assert.Equal(expected, StatisticsMath.FormatShare(part, whole));

    [Fact]
    public void Half_a_tenth_rounds_away_from_zero() => Assert.Equal(0.1m, StatisticsMath.Share(1, 2000));

    [Theory]
    [InlineData(12, "12")]
    [InlineData(11.5, "11.5")]
    public void Working_days_print_without_a_needless_decimal(double days, string expected) =>
        Assert.Equal(expected, StatisticsMath.FormatDays((decimal)days));

    [Fact]
    public void No_working_days_print_as_a_dash() => Assert.Equal("—", StatisticsMath.FormatDays(null));
}
