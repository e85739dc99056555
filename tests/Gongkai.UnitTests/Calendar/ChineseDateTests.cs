using Gongkai.Web.Platform.Calendar;
using Xunit;

namespace Gongkai.UnitTests.Calendar;

public sealed class ChineseDateTests
{
    [Fact]
    public void A_date_is_written_with_its_weekday_in_full_width_brackets()
    {
        Assert.Equal("2024年10月30日（星期三）", ChineseDate.FormatWithWeekday(new DateOnly(2024, 10, 30)));
    }

    [Fact]
    public void Months_and_days_are_not_padded_with_zeros()
    {
        Assert.Equal("2025年1月5日", ChineseDate.Format(new DateOnly(2025, 1, 5)));
        Assert.Equal("2027年1月", ChineseDate.FormatMonth(2027, 1));
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "星期一", "一")]
    [InlineData(DayOfWeek.Tuesday, "星期二", "二")]
    [InlineData(DayOfWeek.Wednesday, "星期三", "三")]
    [InlineData(DayOfWeek.Thursday, "星期四", "四")]
    [InlineData(DayOfWeek.Friday, "星期五", "五")]
    [InlineData(DayOfWeek.Saturday, "星期六", "六")]
    [InlineData(DayOfWeek.Sunday, "星期日", "日")]
    public void Every_weekday_has_its_chinese_name(DayOfWeek day, string full, string numeral)
    {
        Assert.Equal(full, ChineseDate.Weekday(day));
        Assert.Equal(numeral, ChineseDate.ShortWeekday(day));
    }

    [Fact]
    public void A_sunday_is_written_as_xingqiri()
    {
        Assert.Equal("2024年9月29日（星期日）", ChineseDate.FormatWithWeekday(new DateOnly(2024, 9, 29)));
    }

    [Fact]
    public void An_undefined_weekday_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseDate.Weekday((DayOfWeek)7));
    }

    [Theory]
    [InlineData("2024-12-31T15:59:59Z", "2024-12-31")]
    [InlineData("2024-12-31T16:00:00Z", "2025-01-01")]
    [InlineData("2025-06-30T23:30:00Z", "2025-07-01")]
    public void Today_is_the_date_in_beijing_whatever_the_server_zone(string utc, string expected)
    {
        var time = new FixedTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChineseDate.Today(time));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
