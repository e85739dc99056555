using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Publications;

public sealed class PublicationDeadlineTests
{
    [Fact]
    public void The_deadline_is_the_twentieth_working_day_after_the_written_on_date()
    {
        // 2024-09-27 + 20 working days crosses 国庆 and two make-up days.
        Assert.Equal(new DateOnly(2024, 10, 30), PublicationDeadline.DueOn(WorkingDayCalendar.Official, new DateOnly(2024, 9, 27)));
    }

    [Fact]
    public void A_deadline_in_a_year_not_yet_loaded_falls_back_to_four_weeks_instead_of_blocking_the_draft()
    {
        var writtenOn = new DateOnly(2026, 12, 21);
        Assert.Throws<CalendarYearNotLoadedException>(() => WorkingDayCalendar.Official.AddWorkingDays(writtenOn, 20));
        Assert.Equal(new DateOnly(2027, 1, 18), PublicationDeadline.DueOn(WorkingDayCalendar.Official, writtenOn));
    }
}
