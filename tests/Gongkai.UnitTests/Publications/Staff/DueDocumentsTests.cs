using Gongkai.Web.Features.Publications.Staff;

namespace Gongkai.UnitTests.Publications.Staff;

public sealed class DueDocumentsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly SoonUntil = new(2026, 3, 17);

    [Fact]
    public void A_deadline_that_has_passed_is_overdue()
    {
        Assert.Equal(DueKind.Overdue, DueDocuments.Classify(Today.AddDays(-1), Today, SoonUntil));
    }

    [Fact]
    public void The_deadline_day_itself_is_still_in_time_but_due_soon()
    {
        Assert.Equal(DueKind.DueSoon, DueDocuments.Classify(Today, Today, SoonUntil));
        Assert.Equal(DueKind.DueSoon, DueDocuments.Classify(SoonUntil, Today, SoonUntil));
    }

    [Fact]
    public void A_deadline_beyond_the_warning_window_is_not_shown()
    {
        Assert.Null(DueDocuments.Classify(SoonUntil.AddDays(1), Today, SoonUntil));
    }
}
