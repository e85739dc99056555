using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Interpretations;

public sealed class InterpretationDeadlineTests
{
    [Fact]
    public void A_document_published_before_the_national_day_holiday_is_interpreted_by_the_make_up_saturday()
    {
        // 2026-09-30 (Wed); 10-01..10-07 off; 10-08 (Thu) 1, 10-09 (Fri) 2, 10-10 (make-up Saturday) 3.
        Assert.Equal(new DateOnly(2026, 10, 10), InterpretationDeadline.DueOn(WorkingDayCalendar.Official, new DateOnly(2026, 9, 30)));
    }

    [Fact]
    public void An_ordinary_week_gives_three_working_days_skipping_the_weekend()
    {
        // 2026-03-05 (Thu) → Fri 1, Mon 2, Tue 3.
        Assert.Equal(new DateOnly(2026, 3, 10), InterpretationDeadline.DueOn(WorkingDayCalendar.Official, new DateOnly(2026, 3, 5)));
    }

    [Fact]
    public void There_is_no_deadline_until_the_document_is_published()
    {
        Assert.Null(InterpretationDeadline.DueOn(WorkingDayCalendar.Official, null));
    }

    [Fact]
    public void An_unpublished_interpretation_is_overdue_only_after_its_due_date()
    {
        var due = new DateOnly(2026, 3, 10);
        Assert.False(InterpretationDeadline.Overdue(InterpretationStatus.OfficeReview, due, due));
        Assert.True(InterpretationDeadline.Overdue(InterpretationStatus.OfficeReview, due, due.AddDays(1)));
        Assert.False(InterpretationDeadline.Overdue(InterpretationStatus.Published, due, due.AddDays(1)));
        Assert.False(InterpretationDeadline.Overdue(InterpretationStatus.Withdrawn, due, due.AddDays(1)));
        Assert.False(InterpretationDeadline.Overdue(InterpretationStatus.Draft, null, due));
    }

    [Fact]
    public void Publishing_after_the_due_date_stays_marked_as_late()
    {
        var due = new DateOnly(2026, 3, 10);
        Assert.False(InterpretationDeadline.PublishedLate(due, due));
        Assert.True(InterpretationDeadline.PublishedLate(due, due.AddDays(1)));
        Assert.False(InterpretationDeadline.PublishedLate(due, null));
    }
}
