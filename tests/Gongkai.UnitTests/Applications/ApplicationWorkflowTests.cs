using Gongkai.Web;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Applications;

public sealed class ApplicationWorkflowTests
{
    private static readonly ApplicationStatus[] Ends = [ApplicationStatus.Archived, ApplicationStatus.Discarded];

    [Fact]
    public void Every_status_but_the_ends_has_a_way_forward_and_every_row_names_a_known_role()
    {
        foreach (var status in Enum.GetValues<ApplicationStatus>().Except(Ends))
        {
            Assert.NotEmpty(ApplicationWorkflow.From(status));
        }

        Assert.All(Ends, s => Assert.Empty(ApplicationWorkflow.From(s)));
        Assert.All(ApplicationWorkflow.Table, t => Assert.True(
            StaffRole.IsKnown(t.Role) || t.Role is ApplicationWorkflow.Applicant or ApplicationWorkflow.System));
        Assert.Equal(ApplicationWorkflow.Table.Count, ApplicationWorkflow.Table.Select(t => (t.From, t.Action, t.Role)).Distinct().Count());
    }

    [Fact]
    public void The_same_move_leads_to_the_same_status_whoever_makes_it()
    {
        foreach (var group in ApplicationWorkflow.Table.GroupBy(t => (t.From, t.Action)))
        {
            Assert.Single(group.Select(t => t.To).Distinct());
        }
    }

    [Fact]
    public void Every_status_is_reachable_from_receipt()
    {
        var reached = new HashSet<ApplicationStatus> { ApplicationStatus.Pending, ApplicationStatus.Registered };
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var t in ApplicationWorkflow.Table.Where(t => reached.Contains(t.From)))
            {
                changed |= reached.Add(t.To);
            }
        }

        Assert.Equal(Enum.GetValues<ApplicationStatus>().ToHashSet(), reached);
    }

    [Fact]
    public void An_illegal_move_and_a_wrong_role_are_refused_in_chinese()
    {
        var illegal = Assert.Throws<DomainException>(() =>
            ApplicationWorkflow.Find(ApplicationStatus.Pending, ApplicationAction.Reply, new HashSet<string> { StaffRole.DisclosureOfficer }));
        Assert.Contains("待确认", illegal.Message, StringComparison.Ordinal);

        var wrongRole = Assert.Throws<DomainException>(() =>
            ApplicationWorkflow.Find(ApplicationStatus.Handling, ApplicationAction.Extend, new HashSet<string> { StaffRole.DisclosureOfficer }));
        Assert.Contains("分管领导", wrongRole.Message, StringComparison.Ordinal);
    }
}
