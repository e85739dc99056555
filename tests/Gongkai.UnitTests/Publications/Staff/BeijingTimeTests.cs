using Gongkai.Web;
using Gongkai.Web.Features.Publications.Staff;

namespace Gongkai.UnitTests.Publications.Staff;

public sealed class BeijingTimeTests
{
    [Fact]
    public void A_typed_Beijing_time_is_stored_eight_hours_earlier_in_UTC()
    {
        var utc = BeijingTime.ParseToUtc("2026-03-02T09:30", "定时发布时间");
        Assert.Equal(new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal("2026-03-02 09:30", BeijingTime.Format(utc));
        Assert.Equal("2026-03-02T09:30", BeijingTime.ToInput(utc));
    }

    [Fact]
    public void The_Beijing_date_turns_at_sixteen_hundred_UTC()
    {
        Assert.Equal(new DateOnly(2026, 3, 1), BeijingTime.DateOf(new DateTime(2026, 3, 1, 15, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 3, 2), BeijingTime.DateOf(new DateTime(2026, 3, 1, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 3, 2), BeijingTime.DateOf(new DateTime(2026, 3, 1, 16, 0, 0, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData("", "请填写定时发布时间。")]
    [InlineData("明天上午", "定时发布时间格式不正确，应如“2026-03-02 09:30”。")]
    [InlineData("2026-02-30T09:00", "定时发布时间格式不正确，应如“2026-03-02 09:30”。")]
    public void A_wrong_time_is_refused_in_Chinese(string typed, string message)
    {
        var ex = Assert.Throws<DomainException>(() => BeijingTime.ParseToUtc(typed, "定时发布时间"));
        Assert.Equal(message, ex.Message);
    }
}
