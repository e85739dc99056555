using Gongkai.Web;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Participation.Consultations;

public sealed class CommentWorkflowTests
{
    private static readonly StaffActor Officer = new(Guid.NewGuid(), "政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });
    private static readonly DateTime Now = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    private static ConsultationComment Pending() => new(Guid.NewGuid(), "", "意见", "张三", "13812345678", Now, moderated: true);

    [Theory]
    [InlineData(CommentStatus.Pending, CommentAction.Approve, CommentStatus.Approved)]
    [InlineData(CommentStatus.Pending, CommentAction.Refuse, CommentStatus.Refused)]
    public void A_pending_comment_is_approved_or_refused_while_open(CommentStatus from, CommentAction action, CommentStatus to) =>
        Assert.Equal(to, CommentWorkflow.Find(from, action, ConsultationPhase.Open).To);

    [Theory]
    [InlineData(CommentStatus.Approved, CommentAction.Approve)]
    [InlineData(CommentStatus.Approved, CommentAction.Refuse)]
    [InlineData(CommentStatus.Refused, CommentAction.Approve)]
    [InlineData(CommentStatus.Refused, CommentAction.Answer)]
    [InlineData(CommentStatus.Pending, CommentAction.Answer)]
    public void Moves_outside_the_table_are_refused(CommentStatus from, CommentAction action) =>
        Assert.Throws<DomainException>(() => CommentWorkflow.Find(from, action, ConsultationPhase.Closed));

    [Fact]
    public void An_approved_comment_is_answered_only_after_closing()
    {
        Assert.Equal("征求意见截止后才能答复意见。", Assert.Throws<DomainException>(() => CommentWorkflow.Find(CommentStatus.Approved, CommentAction.Answer, ConsultationPhase.Open)).Message);
        Assert.Equal(CommentStatus.Approved, CommentWorkflow.Find(CommentStatus.Approved, CommentAction.Answer, ConsultationPhase.Closed).To);
    }

    [Fact]
    public void Nothing_changes_once_the_report_is_published() =>
        Assert.Throws<DomainException>(() => CommentWorkflow.Find(CommentStatus.Pending, CommentAction.Approve, ConsultationPhase.ReportPublished));

    [Fact]
    public void Without_moderation_a_comment_is_approved_at_once() =>
        Assert.Equal(CommentStatus.Approved, new ConsultationComment(Guid.NewGuid(), "", "意见", "", "", Now, moderated: false).Status);

    [Fact]
    public void Refusing_needs_a_reason()
    {
        var comment = Pending();
        Assert.Throws<DomainException>(() => comment.Refuse("  ", Officer, Now, ConsultationPhase.Open));
        Assert.Equal(CommentStatus.Pending, comment.Status);
    }

    [Theory]
    [InlineData(CommentAnswer.PartlyAdopted)]
    [InlineData(CommentAnswer.NotAdopted)]
    public void An_answer_other_than_adopted_needs_a_reason(CommentAnswer answer)
    {
        var comment = Pending();
        comment.Approve(Officer, Now, ConsultationPhase.Open);

        Assert.Equal($"“{answer.ToChinese()}”须说明理由。", Assert.Throws<DomainException>(() => comment.AnswerWith(answer, "", Officer, ConsultationPhase.Closed)).Message);
        comment.AnswerWith(CommentAnswer.Adopted, "", Officer, ConsultationPhase.Closed);
        Assert.Equal(CommentAnswer.Adopted, comment.Answer);
    }
}
