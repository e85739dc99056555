using Gongkai.Web;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Interpretations;

public sealed class InterpretationWorkflowTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static StaffActor Actor(string role) => new(Guid.NewGuid(), role, new HashSet<string> { role });

    private static Interpretation Draft(InterpretationForm form = InterpretationForm.TextInterpretation, IReadOnlyList<QuestionAnswer>? questions = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Actor(StaffRole.Drafter),
            new InterpretationContent("关于某文件的解读", form, "<p>解读</p>", null, questions ?? [], [Guid.NewGuid()]), Now);

    [Fact]
    public void Every_transition_starts_from_a_distinct_status_and_action()
    {
        Assert.Equal(InterpretationWorkflow.Table.Count, InterpretationWorkflow.Table.Select(t => (t.From, t.Action)).Distinct().Count());
    }

    [Fact]
    public void An_interpretation_goes_from_draft_through_review_to_published_and_withdrawn_with_history()
    {
        var i = Draft();
        i.Submit(Actor(StaffRole.Drafter), Now);
        i.PassOfficeReview(Actor(StaffRole.OfficeReviewer), "", Now);
        i.PassConfidentialityReview(Actor(StaffRole.ConfidentialityReviewer), "", Now);
        i.Publish(Actor(StaffRole.DisclosureOfficer), anyDocumentPublished: true, Today, Now);
        Assert.Equal(InterpretationStatus.Published, i.Status);
        Assert.Equal(Today, i.PublishedOn);
        i.Withdraw(Actor(StaffRole.DisclosureOfficer), "内容有误", Now);
        Assert.Equal(InterpretationStatus.Withdrawn, i.Status);
        Assert.Equal(
            [InterpretationStatus.Draft, InterpretationStatus.OfficeReview, InterpretationStatus.ConfidentialityReview, InterpretationStatus.Approved, InterpretationStatus.Published],
            i.History.Select(h => h.From));
    }

    [Fact]
    public void A_return_needs_a_note_and_goes_back_to_draft()
    {
        var i = Draft();
        i.Submit(Actor(StaffRole.Drafter), Now);
        Assert.Throws<DomainException>(() => i.Return(Actor(StaffRole.OfficeReviewer), " ", Now));
        i.Return(Actor(StaffRole.OfficeReviewer), "请补充问答", Now);
        Assert.Equal(InterpretationStatus.Draft, i.Status);
        Assert.Equal("请补充问答", i.History[^1].Note);
    }

    [Fact]
    public void The_wrong_role_is_refused_and_nothing_moves()
    {
        var i = Draft();
        var ex = Assert.Throws<DomainException>(() => i.Submit(Actor(StaffRole.OfficeReviewer), Now));
        Assert.Contains("起草", ex.Message, StringComparison.Ordinal);
        Assert.Equal(InterpretationStatus.Draft, i.Status);
        Assert.Empty(i.History);
    }

    [Fact]
    public void Publishing_before_any_document_is_published_is_refused()
    {
        var i = Draft();
        i.Submit(Actor(StaffRole.Drafter), Now);
        i.PassOfficeReview(Actor(StaffRole.OfficeReviewer), "", Now);
        i.PassConfidentialityReview(Actor(StaffRole.ConfidentialityReviewer), "", Now);
        var ex = Assert.Throws<DomainException>(() => i.Publish(Actor(StaffRole.DisclosureOfficer), anyDocumentPublished: false, Today, Now));
        Assert.Contains("须在所解读的文件发布后或同时发布", ex.Message, StringComparison.Ordinal);
        Assert.Equal(InterpretationStatus.Approved, i.Status);
    }

    [Fact]
    public void A_draft_cannot_be_published_directly()
    {
        var i = Draft();
        Assert.Throws<DomainException>(() => i.Publish(Actor(StaffRole.DisclosureOfficer), anyDocumentPublished: true, Today, Now));
    }

    [Fact]
    public void Questions_and_answers_need_at_least_one_complete_pair()
    {
        Assert.Throws<DomainException>(() => Draft(InterpretationForm.QuestionsAndAnswers));
        Assert.Throws<DomainException>(() => Draft(InterpretationForm.QuestionsAndAnswers, [new QuestionAnswer("问题", "")]));
        Assert.Single(Draft(InterpretationForm.QuestionsAndAnswers, [new QuestionAnswer("问题", "回答")]).Questions);
    }
}
