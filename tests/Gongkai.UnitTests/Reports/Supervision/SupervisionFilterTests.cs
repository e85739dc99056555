using Gongkai.Web.Features.Reports.Supervision;
using Gongkai.Web.Platform.Deadlines;
using Xunit;

namespace Gongkai.UnitTests.Reports.Supervision;

public sealed class SupervisionFilterTests
{
    private static SupervisionRow Row(DeadlineKind kind, DeadlineStatus status, Guid? department = null, Guid? person = null) =>
        new(new RunningDeadline(kind, Guid.NewGuid(), Guid.NewGuid(), "事项", new DateOnly(2026, 12, 1), "/admin/x", department, person), status, 0, "机关", "", "");

    [Fact]
    public void Unknown_values_are_no_filter()
    {
        var filter = new SupervisionFilter { Kind = "Nonsense", Status = "whatever" };

        Assert.Null(filter.KindValue);
        Assert.Null(filter.StatusValue);
        Assert.Equal("", filter.ToQuery());
    }

    [Fact]
    public void A_kind_given_as_a_number_is_not_taken()
    {
        Assert.Null(new SupervisionFilter { Kind = "3" }.KindValue);
    }

    [Fact]
    public void Kind_status_department_and_person_each_narrow_the_rows()
    {
        var department = Guid.NewGuid();
        var person = Guid.NewGuid();
        var rows = new[]
        {
            Row(DeadlineKind.MailboxAnswer, DeadlineStatus.Overdue, department, person),
            Row(DeadlineKind.MailboxAnswer, DeadlineStatus.Normal),
            Row(DeadlineKind.Publication, DeadlineStatus.Overdue, department),
        };

        Assert.Equal(2, new SupervisionFilter { Kind = "MailboxAnswer" }.Apply(rows).Count());
        Assert.Equal(2, new SupervisionFilter { Status = SupervisionFilter.OverdueValue }.Apply(rows).Count());
        Assert.Equal(2, new SupervisionFilter { Department = department }.Apply(rows).Count());
        Assert.Single(new SupervisionFilter { Responsible = person, Kind = "mailboxanswer" }.Apply(rows));
        Assert.Equal("kind=Publication&status=overdue", new SupervisionFilter { Kind = "publication", Status = "overdue" }.ToQuery());
    }
}
