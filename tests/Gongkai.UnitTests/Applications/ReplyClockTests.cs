using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Applications;

/// <summary>Dates below were counted by hand on the State Council arrangement for 2026.</summary>
public sealed class ReplyClockTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_reply_is_due_on_the_twentieth_working_day_after_receipt()
    {
        var reading = ReplyClock.Read(Official, new ClockFacts(D(2026, 3, 2)));

        Assert.Equal(D(2026, 3, 30), reading.ReplyDueOn);
        Assert.Equal(D(2026, 3, 11), reading.SupplementNoticeDueOn);
        Assert.False(reading.Stopped);
        Assert.False(reading.Provisional);
    }

    [Fact]
    public void Spring_festival_days_off_do_not_count_and_its_weekend_make_up_days_do()
    {
        // Received Friday 13 February: Saturday 14th is a make-up working day, 15th-23rd are off, 28th is a make-up day.
        var reading = ReplyClock.Read(Official, new ClockFacts(D(2026, 2, 13)));

        Assert.Equal(D(2026, 3, 19), reading.ReplyDueOn);
        Assert.Equal(D(2026, 3, 2), reading.SupplementNoticeDueOn);
    }

    [Fact]
    public void National_day_week_is_skipped_and_its_saturday_make_up_day_counts()
    {
        var reading = ReplyClock.Read(Official, new ClockFacts(D(2026, 9, 30)));

        Assert.Equal(D(2026, 11, 3), reading.ReplyDueOn);
    }

    [Fact]
    public void Waiting_for_a_supplement_stops_the_clock_and_its_arrival_starts_twenty_days_again()
    {
        var waiting = ReplyClock.Read(Official, new ClockFacts(D(2026, 3, 2)) { SupplementRequestedOn = D(2026, 3, 4), SupplementWorkingDays = 10 });
        Assert.True(waiting.Stopped);
        Assert.Equal(D(2026, 3, 18), waiting.SupplementDueOn);

        var supplemented = ReplyClock.Read(Official, new ClockFacts(D(2026, 3, 2))
        {
            SupplementRequestedOn = D(2026, 3, 4),
            SupplementWorkingDays = 10,
            SupplementReceivedOn = D(2026, 3, 10),
        });

        // 20 working days from 10 March, skipping 清明 (4-6 April).
        Assert.Equal(D(2026, 3, 10), supplemented.ClockStartsOn);
        Assert.Equal(D(2026, 4, 8), supplemented.ReplyDueOn);
    }

    [Fact]
    public void A_consultation_pauses_the_clock_for_exactly_its_working_days()
    {
        var open = ReplyClock.Read(Official, new ClockFacts(D(2026, 3, 2)) { Pauses = [new ClockPause(D(2026, 3, 9), null)] });
        Assert.True(open.Stopped);
        Assert.Equal(15, open.WorkingDaysLeftWhenStopped);

        var closed = ReplyClock.Read(Official, new ClockFacts(D(2026, 3, 2)) { Pauses = [new ClockPause(D(2026, 3, 9), D(2026, 3, 13))] });
        Assert.Equal(4, closed.PausedWorkingDays);
        Assert.Equal(D(2026, 4, 3), closed.ReplyDueOn);
    }

    [Fact]
    public void Overlapping_pauses_stop_the_clock_once()
    {
        var reading = ReplyClock.Read(Official, new ClockFacts(D(2026, 3, 2))
        {
            Pauses = [new ClockPause(D(2026, 3, 9), D(2026, 3, 13)), new ClockPause(D(2026, 3, 11), D(2026, 3, 16))],
        });

        Assert.Equal(5, reading.PausedWorkingDays);
        Assert.Equal(D(2026, 4, 7), reading.ReplyDueOn);
    }

    [Fact]
    public void An_extension_adds_its_working_days_after_the_reply_period()
    {
        var reading = ReplyClock.Read(Official, new ClockFacts(D(2026, 3, 2)) { ExtensionDays = 20 });

        Assert.Equal(D(2026, 4, 28), reading.ReplyDueOn);
    }

    [Fact]
    public void The_fee_payment_window_and_the_consultation_period_are_counted_in_working_days()
    {
        Assert.Equal(D(2026, 4, 7), ReplyClock.PaymentDueOn(Official, D(2026, 3, 9), 20));
        Assert.Equal(D(2026, 3, 30), ReplyClock.ConsultationDueOn(Official, D(2026, 3, 9)));
    }

    [Fact]
    public void Days_past_the_last_loaded_year_are_provisional_and_a_new_arrangement_recounts_them()
    {
        var unloaded = new WorkingDayCalendar(OfficialHolidays.Load(), OfficialHolidays.Years.Where(y => y < 2027));
        var provisional = ReplyClock.Read(unloaded, new ClockFacts(D(2026, 12, 15)));
        Assert.True(provisional.Provisional);
        Assert.Equal(D(2027, 1, 12), provisional.ReplyDueOn);

        var loaded = new WorkingDayCalendar(
            [.. OfficialHolidays.Load(), new CalendarDay(D(2027, 1, 1), true, "元旦")],
            [.. OfficialHolidays.Years.Where(y => y < 2027), 2027]);
        var recounted = ReplyClock.Read(loaded, new ClockFacts(D(2026, 12, 15)));
        Assert.False(recounted.Provisional);
        Assert.Equal(D(2027, 1, 13), recounted.ReplyDueOn);
    }

    [Theory]
    [InlineData(2026, 3, 2, 0)]
    [InlineData(2026, 2, 27, 2)]
    [InlineData(2026, 3, 3, -1)]
    [InlineData(2026, 3, 9, -5)]
    public void Working_days_left_are_counted_to_the_due_date_and_negative_once_it_passed(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, ReplyClock.WorkingDaysLeft(Official, D(year, month, day), D(2026, 3, 2)));
    }
}
