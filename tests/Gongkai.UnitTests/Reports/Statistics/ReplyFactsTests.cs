using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Reports.Statistics;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Reports.Statistics;

/// <summary>Timeliness of replies on the official 2026 calendar (劳动节 1–5 May off, Saturday 9 May worked).</summary>
public sealed class ReplyFactsTests
{
    private static readonly ClockCalendar Days = new(WorkingDayCalendar.Official);

    [Fact]
    public void A_reply_on_its_due_date_is_within_the_limit_and_counts_its_working_days_across_the_holiday()
    {
        var reply = new ReplyFacts(new DateOnly(2026, 4, 20), new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20), 0);

        Assert.True(reply.IsWithinLimit);
        Assert.Equal(20, reply.WorkingDaysUsed(Days));
    }

    [Fact]
    public void A_reply_the_day_after_its_due_date_is_late()
    {
        var reply = new ReplyFacts(new DateOnly(2026, 4, 20), new DateOnly(2026, 5, 21), new DateOnly(2026, 5, 20), 0);

        Assert.False(reply.IsWithinLimit);
        Assert.Equal(21, reply.WorkingDaysUsed(Days));
    }

    [Fact]
    public void Paused_working_days_do_not_count_as_time_taken()
    {
        var reply = new ReplyFacts(new DateOnly(2026, 4, 20), new DateOnly(2026, 6, 3), new DateOnly(2026, 6, 10), 15);

        Assert.True(reply.IsWithinLimit);
        Assert.Equal(30 - 15, reply.WorkingDaysUsed(Days));
    }

    [Fact]
    public void The_share_and_median_of_several_replies()
    {
        var replies = new[]
        {
            new ReplyFacts(new DateOnly(2026, 4, 20), new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20), 0),
            new ReplyFacts(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 4), new DateOnly(2026, 6, 29), 0),
            new ReplyFacts(new DateOnly(2026, 5, 6), new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 2), 0),
            new ReplyFacts(new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 29), 0),
        };

        var timeliness = ApplicationStatistics.Timeliness(Days, replies);

        Assert.Equal(new ReplyTimeliness(4, 3, 11.5m), timeliness);
        Assert.Equal("75.0%", timeliness.Share);
    }
}
