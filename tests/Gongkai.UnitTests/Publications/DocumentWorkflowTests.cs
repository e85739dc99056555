using Gongkai.Web;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Publications;

public sealed class DocumentWorkflowTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static StaffActor As(string role) => new(Guid.NewGuid(), StaffRole.ToChinese(role), new HashSet<string> { role });

    private static Document Draft(DisclosureAttribute attribute = DisclosureAttribute.Proactive, string reason = "", string ground = "") =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new DocumentContent("关于做好2026年高校毕业生就业工作的通知", "鲁人社发〔2026〕5号", "", Today, "15.01", "通知", Guid.NewGuid(), "摘要", "就业", "<p>正文</p>", false, null, null, false),
            new AttributeDecision(attribute, reason, ground, false), Today.AddDays(28), Now);

    [Fact]
    public void Every_status_but_withdrawn_has_a_way_forward_and_every_transition_names_a_known_role()
    {
        foreach (var status in Enum.GetValues<DocumentStatus>().Where(s => s != DocumentStatus.Withdrawn))
        {
            Assert.NotEmpty(DocumentWorkflow.From(status));
        }

        Assert.Empty(DocumentWorkflow.From(DocumentStatus.Withdrawn));
        Assert.All(DocumentWorkflow.Table, t => Assert.True(StaffRole.IsKnown(t.Role) || t.Role == DocumentWorkflow.System));
        Assert.Equal(DocumentWorkflow.Table.Count, DocumentWorkflow.Table.Select(t => (t.From, t.Action)).Distinct().Count());
    }

    [Fact]
    public void A_proactive_document_goes_from_draft_to_published_with_a_history_entry_for_every_move()
    {
        var document = Draft();
        document.Submit(As(StaffRole.Drafter), Now);
        document.PassOfficeReview(As(StaffRole.OfficeReviewer), "属性认定无误", Now);
        var reviewer = As(StaffRole.ConfidentialityReviewer);
        document.PassConfidentialityReview(reviewer, "", Now);
        document.Publish(As(StaffRole.DisclosureOfficer), "11370000MB1234567R/2026-00001", Today, Now);

        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.True(document.IsPublic);
        Assert.Equal("11370000MB1234567R/2026-00001", document.IndexNumber);
        Assert.Equal(Today, document.PublishedOn);
        Assert.Equal(reviewer.Id, document.ConfidentialityReviewerId);
        Assert.Equal(
            [DocumentStatus.OfficeReview, DocumentStatus.ConfidentialityReview, DocumentStatus.Approved, DocumentStatus.Published],
            document.History.Select(h => h.To));
    }

    [Fact]
    public void A_move_by_the_wrong_role_is_refused_and_changes_nothing()
    {
        var document = Draft();
        var error = Assert.Throws<DomainException>(() => document.Submit(As(StaffRole.Handler), Now));
        Assert.Contains("起草人", error.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Empty(document.History);
    }

    [Fact]
    public void A_move_that_the_table_does_not_allow_is_refused()
    {
        var document = Draft();
        var error = Assert.Throws<DomainException>(() => document.Publish(As(StaffRole.DisclosureOfficer), "x/2026-00001", Today, Now));
        Assert.Contains("草稿", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withheld_document_needs_a_reason_and_a_legal_ground_before_submission()
    {
        var document = Draft(DisclosureAttribute.Withheld, "", "");
        var error = Assert.Throws<DomainException>(() => document.Submit(As(StaffRole.Drafter), Now));
        Assert.Contains("法定依据", error.Message, StringComparison.Ordinal);

        var justified = Draft(DisclosureAttribute.Withheld, "涉及内部人事管理", "16-internal");
        justified.Submit(As(StaffRole.Drafter), Now);
        Assert.Equal(DocumentStatus.OfficeReview, justified.Status);
    }

    [Fact]
    public void A_proactive_document_cannot_carry_non_public_parts()
    {
        var error = Assert.Throws<DomainException>(() => new Document(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new DocumentContent("标题", null, "", Today, "15.01", "通知", Guid.NewGuid(), "", "", "", false, null, null, false),
            new AttributeDecision(DisclosureAttribute.Proactive, "", "", true), Today, Now));
        Assert.Contains("主动公开", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_office_returns_a_draft_only_with_a_note_and_the_drafter_fixes_and_resubmits()
    {
        var document = Draft();
        document.Submit(As(StaffRole.Drafter), Now);
        Assert.Throws<DomainException>(() => document.Return(As(StaffRole.OfficeReviewer), " ", Now));
        document.Return(As(StaffRole.OfficeReviewer), "请补充摘要", Now);
        Assert.Equal(DocumentStatus.Draft, document.Status);
        Assert.Equal("请补充摘要", document.History[^1].Note);
        document.Submit(As(StaffRole.Drafter), Now);
        Assert.Equal(DocumentStatus.OfficeReview, document.Status);
    }

    [Fact]
    public void A_withheld_document_is_registered_never_published_and_can_be_converted_on_review()
    {
        var document = Draft(DisclosureAttribute.OnRequest, "涉及第三方", "15-third-party");
        document.Submit(As(StaffRole.Drafter), Now);
        document.PassOfficeReview(As(StaffRole.OfficeReviewer), "", Now);
        document.PassConfidentialityReview(As(StaffRole.ConfidentialityReviewer), "", Now);
        Assert.Throws<DomainException>(() => document.Publish(As(StaffRole.DisclosureOfficer), "x/2026-00001", Today, Now));
        document.Register(As(StaffRole.DisclosureOfficer), Today.AddYears(1), Now);
        Assert.Equal(DocumentStatus.Registered, document.Status);
        Assert.False(document.IsPublic);

        document.KeepOnReview(As(StaffRole.DisclosureOfficer), "第三方仍不同意公开", Today.AddYears(2), Now);
        Assert.Equal(Today.AddYears(2), document.ReviewDueOn);
        document.ConvertToProactive(As(StaffRole.DisclosureOfficer), "第三方已同意", Now);
        Assert.Equal(DocumentStatus.Approved, document.Status);
        Assert.Equal(DisclosureAttribute.Proactive, document.Attribute);
        document.Publish(As(StaffRole.DisclosureOfficer), "x/2026-00002", Today, Now);
        Assert.True(document.IsPublic);
    }

    [Fact]
    public void Withdrawal_needs_a_reason_and_correction_keeps_the_index_number_and_the_old_text()
    {
        var document = Draft();
        document.Submit(As(StaffRole.Drafter), Now);
        document.PassOfficeReview(As(StaffRole.OfficeReviewer), "", Now);
        document.PassConfidentialityReview(As(StaffRole.ConfidentialityReviewer), "", Now);
        document.Publish(As(StaffRole.DisclosureOfficer), "x/2026-00003", Today, Now);

        var previous = document.Correct(As(StaffRole.DisclosureOfficer), "更正后的标题", "", "<p>新正文</p>", "更正错别字", Now);
        Assert.Equal(1, previous.Version);
        Assert.Equal("<p>正文</p>", previous.BodyHtml);
        Assert.Equal(2, document.Version);
        Assert.Equal("x/2026-00003", document.IndexNumber);

        Assert.Throws<DomainException>(() => document.Withdraw(As(StaffRole.DisclosureOfficer), "", Now));
        document.Withdraw(As(StaffRole.DisclosureOfficer), "内容有误", Now);
        Assert.Equal(DocumentStatus.Withdrawn, document.Status);
        Assert.False(document.IsPublic);
        Assert.Equal("x/2026-00003", document.IndexNumber);
    }

    [Fact]
    public void A_scheduled_document_is_published_only_when_its_time_has_come()
    {
        var document = Draft();
        document.Submit(As(StaffRole.Drafter), Now);
        document.PassOfficeReview(As(StaffRole.OfficeReviewer), "", Now);
        document.PassConfidentialityReview(As(StaffRole.ConfidentialityReviewer), "", Now);
        Assert.Throws<DomainException>(() => document.Schedule(As(StaffRole.DisclosureOfficer), Now.AddHours(-1), Now));
        document.Schedule(As(StaffRole.DisclosureOfficer), Now.AddHours(2), Now);
        Assert.False(document.IsPublic);
        Assert.Throws<DomainException>(() => document.PublishScheduled("x/2026-00004", Today, Now.AddHours(1)));
        document.PublishScheduled("x/2026-00004", Today, Now.AddHours(2));
        Assert.True(document.IsPublic);
        Assert.Equal("系统定时任务", document.History[^1].ActorName);
    }

    [Fact]
    public void A_normative_document_is_valid_on_publication_and_expires_after_its_date()
    {
        var document = new Document(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new DocumentContent("办法", "鲁人社规〔2026〕1号", "", Today, "15.02", "办法", Guid.NewGuid(), "", "", "", true, Today, Today.AddYears(5), false),
            new AttributeDecision(DisclosureAttribute.Proactive, "", "", false), Today, Now);
        document.Submit(As(StaffRole.Drafter), Now);
        document.PassOfficeReview(As(StaffRole.OfficeReviewer), "", Now);
        document.PassConfidentialityReview(As(StaffRole.ConfidentialityReviewer), "", Now);
        document.Publish(As(StaffRole.DisclosureOfficer), "x/2026-00005", Today, Now);
        Assert.Equal(Validity.Valid, document.Validity);
        Assert.False(document.ExpireIfDue(Today.AddYears(5)));
        Assert.True(document.ExpireIfDue(Today.AddYears(5).AddDays(1)));
        Assert.Equal(Validity.Expired, document.Validity);
    }

    [Fact]
    public void Index_numbers_follow_the_agency_pattern()
    {
        var agency = new Gongkai.Web.Features.Agencies.Agency(Guid.NewGuid(), "shandong", "山东省人力资源和社会保障厅", "山东省人社厅", Gongkai.Web.Features.Agencies.AgencyLevel.Province, null);
        agency.UpdateContact(new Gongkai.Web.Features.Agencies.AgencyContact("11370000MB1234567R", "", "", "", ""));
        Assert.Equal("11370000MB1234567R/2026-00042", IndexNumbers.Format(PublicationSettings.DefaultPattern, agency, 2026, 42));
        Assert.Equal("shandong-2026-7", IndexNumbers.Format("{code}-{year}-{serial}", agency, 2026, 7));
    }
}
