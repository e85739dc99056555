using Gongkai.Web.Features.Reports.Supervision;
using Gongkai.Web.Platform.Calendar;
using Xunit;

namespace Gongkai.UnitTests.Reports.Supervision;

public sealed class DeadlineMarkingTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    [Fact]
    public void A_deadline_due_yesterday_is_overdue_and_one_due_today_is_due_soon()
    {
        var today = new DateOnly(2026, 12, 3);
        var soon = DeadlineMarking.SoonUntil(Calendar, today);

        Assert.Equal(DeadlineStatus.Overdue, DeadlineMarking.Of(today.AddDays(-1), today, soon));
        Assert.Equal(DeadlineStatus.DueSoon, DeadlineMarking.Of(today, today, soon));
    }

    [Fact]
    public void From_a_thursday_three_working_days_reach_over_the_weekend_to_tuesday()
    {
        var thursday = new DateOnly(2026, 12, 3);
        var soon = DeadlineMarking.SoonUntil(Calendar, thursday);

        Assert.Equal(new DateOnly(2026, 12, 8), soon);
        Assert.Equal(DeadlineStatus.DueSoon, DeadlineMarking.Of(new DateOnly(2026, 12, 8), thursday, soon));
        Assert.Equal(DeadlineStatus.Normal, DeadlineMarking.Of(new DateOnly(2026, 12, 9), thursday, soon));
    }

    [Fact]
    public void Before_national_day_three_working_days_reach_over_the_holiday_to_the_working_saturday()
    {
        // 2026: 1-7 October off, Saturday 10 October a working day.
        var eve = new DateOnly(2026, 9, 30);
        var soon = DeadlineMarking.SoonUntil(Calendar, eve);

        Assert.Equal(new DateOnly(2026, 10, 10), soon);
        Assert.Equal(DeadlineStatus.DueSoon, DeadlineMarking.Of(new DateOnly(2026, 10, 9), eve, soon));
        Assert.Equal(DeadlineStatus.Normal, DeadlineMarking.Of(new DateOnly(2026, 10, 12), eve, soon));
    }

    [Fact]
    public void Past_the_loaded_years_the_window_counts_weekdays_instead_of_failing()
    {
        var friday = new DateOnly(2030, 3, 1);

        Assert.Equal(new DateOnly(2030, 3, 6), DeadlineMarking.SoonUntil(Calendar, friday));
    }
}
