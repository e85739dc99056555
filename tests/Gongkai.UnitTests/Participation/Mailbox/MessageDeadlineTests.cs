using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Participation.Mailbox;

public sealed class MessageDeadlineTests
{
    [Fact]
    public void Ten_working_days_from_the_eve_of_national_day_skip_the_holiday_and_count_the_makeup_saturday()
    {
        // 2025: 10月1日至8日放假，10月11日（星期六）上班.
        var (due, provisional) = MessageDeadline.DueOn(WorkingDayCalendar.Official, new DateOnly(2025, 9, 30), 10);

        Assert.Equal(new DateOnly(2025, 10, 21), due);
        Assert.False(provisional);
    }

    [Fact]
    public void A_message_received_on_a_friday_is_due_after_the_weekend()
    {
        var (due, _) = MessageDeadline.DueOn(WorkingDayCalendar.Official, new DateOnly(2025, 6, 6), 1);

        Assert.Equal(new DateOnly(2025, 6, 9), due);
    }

    [Fact]
    public void Past_the_last_loaded_year_the_weekends_alone_count_and_the_date_is_marked_provisional()
    {
        var calendar = new WorkingDayCalendar([], [2025]);

        var (due, provisional) = MessageDeadline.DueOn(calendar, new DateOnly(2025, 12, 30), 3);

        // 12月31日（星期三）, 1月1日, 1月2日: no holidays known for the new year yet.
        Assert.Equal(new DateOnly(2026, 1, 2), due);
        Assert.True(provisional);
    }

    [Fact]
    public void A_message_is_recounted_when_the_new_years_holidays_arrive()
    {
        var message = Message.Write(
            Guid.NewGuid(), Guid.NewGuid(), "XX202500001", "hash",
            new MessageDetails(MessageBox.Inquiry, MessageCategory.Other, "标题", "内容", "李四", "13812345678", "", false),
            new DateOnly(2025, 12, 30), 3, new WorkingDayCalendar([], [2025]), DateTime.UtcNow);
        Assert.True(message.DueOnProvisional);

        message.Recompute(new WorkingDayCalendar([new CalendarDay(new DateOnly(2026, 1, 1), true, "元旦"), new CalendarDay(new DateOnly(2026, 1, 2), true, "元旦")], [2025, 2026]));

        Assert.Equal(new DateOnly(2026, 1, 6), message.DueOn);
        Assert.False(message.DueOnProvisional);
    }

    [Fact]
    public void Overdue_means_unanswered_and_past_the_due_day()
    {
        var due = new DateOnly(2026, 3, 10);

        Assert.False(MessageDeadline.Overdue(MessageStatus.Received, due, due));
        Assert.True(MessageDeadline.Overdue(MessageStatus.Assigned, due, due.AddDays(1)));
        Assert.False(MessageDeadline.Overdue(MessageStatus.Answered, due, due.AddDays(30)));
        Assert.False(MessageDeadline.Overdue(MessageStatus.Rejected, due, due.AddDays(30)));
    }

    [Fact]
    public void Unanswered_for_more_than_three_months_fails_the_national_check()
    {
        var received = new DateOnly(2026, 1, 15);

        Assert.False(MessageDeadline.FailsNationalCheck(MessageStatus.Received, received, new DateOnly(2026, 4, 15)));
        Assert.True(MessageDeadline.FailsNationalCheck(MessageStatus.Received, received, new DateOnly(2026, 4, 16)));
        Assert.False(MessageDeadline.FailsNationalCheck(MessageStatus.Published, received, new DateOnly(2026, 9, 1)));
    }
}
