using Gongkai.Web;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Participation.Consultations;

public sealed class ConsultationWorkflowTests
{
    [Fact]
    public void A_drafter_edits_a_draft_but_only_the_disclosure_office_opens_it()
    {
        var drafter = new HashSet<string> { StaffRole.Drafter };
        Assert.Equal(ConsultationStatus.Draft, ConsultationWorkflow.Find(ConsultationStatus.Draft, ConsultationAction.Edit, drafter).To);
        Assert.Throws<DomainException>(() => ConsultationWorkflow.Find(ConsultationStatus.Draft, ConsultationAction.Open, drafter));
        Assert.Equal(ConsultationStatus.Open, ConsultationWorkflow.Find(ConsultationStatus.Draft, ConsultationAction.Open, new HashSet<string> { StaffRole.DisclosureOfficer }).To);
    }

    [Fact]
    public void An_opened_consultation_can_no_longer_be_edited() =>
        Assert.Throws<DomainException>(() => ConsultationWorkflow.Find(ConsultationStatus.Open, ConsultationAction.Edit, new HashSet<string> { StaffRole.DisclosureOfficer }));

    [Theory]
    [InlineData(ConsultationAction.Attach)]
    [InlineData(ConsultationAction.RemoveAttachment)]
    public void Files_change_only_while_a_draft_and_only_by_those_who_draft(ConsultationAction action)
    {
        var drafter = new HashSet<string> { StaffRole.Drafter };
        Assert.Equal(ConsultationStatus.Draft, ConsultationWorkflow.Find(ConsultationStatus.Draft, action, drafter).To);
        Assert.Throws<DomainException>(() => ConsultationWorkflow.Find(ConsultationStatus.Draft, action, new HashSet<string> { StaffRole.Handler }));
        Assert.Throws<DomainException>(() => ConsultationWorkflow.Find(ConsultationStatus.Open, action, new HashSet<string> { StaffRole.DisclosureOfficer }));
        Assert.Throws<DomainException>(() => ConsultationWorkflow.Find(ConsultationStatus.ReportPublished, action, drafter));
    }
}
