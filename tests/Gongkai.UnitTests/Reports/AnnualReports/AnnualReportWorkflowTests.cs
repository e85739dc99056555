using Gongkai.Web;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Reports.AnnualReports;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.UnitTests.Reports.AnnualReports;

public sealed class AnnualReportWorkflowTests
{
    private static readonly DateTime Now = new(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 1, 10);
    private static readonly StaffActor Office = new(Guid.NewGuid(), "政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });
    private static readonly StaffActor Leader = new(Guid.NewGuid(), "分管领导", new HashSet<string> { StaffRole.Leader });
    private static readonly StaffActor Admin = new(Guid.NewGuid(), "机关管理员", new HashSet<string> { StaffRole.AgencyAdmin });
    private static readonly StaffActor Handler = new(Guid.NewGuid(), "承办人", new HashSet<string> { StaffRole.Handler });

    [Fact]
    public void The_table_holds_exactly_the_five_moves_of_draft_review_and_publication()
    {
        Assert.Equal(
            [
                (AnnualReportStatus.Draft, AnnualReportAction.Edit, AnnualReportStatus.Draft),
                (AnnualReportStatus.Draft, AnnualReportAction.Recompute, AnnualReportStatus.Draft),
                (AnnualReportStatus.Draft, AnnualReportAction.Submit, AnnualReportStatus.InReview),
                (AnnualReportStatus.InReview, AnnualReportAction.Return, AnnualReportStatus.Draft),
                (AnnualReportStatus.InReview, AnnualReportAction.Publish, AnnualReportStatus.Published),
            ],
            AnnualReportWorkflow.Table.Select(t => (t.From, t.Action, t.To)));
    }

    [Fact]
    public void The_disclosure_office_drafts_and_only_a_leader_or_administrator_approves()
    {
        Assert.Equal(AnnualReportStatus.InReview, AnnualReportWorkflow.Find(AnnualReportStatus.Draft, AnnualReportAction.Submit, Office.Roles).To);
        Assert.Equal(AnnualReportStatus.Published, AnnualReportWorkflow.Find(AnnualReportStatus.InReview, AnnualReportAction.Publish, Leader.Roles).To);
        Assert.Equal(AnnualReportStatus.Published, AnnualReportWorkflow.Find(AnnualReportStatus.InReview, AnnualReportAction.Publish, Admin.Roles).To);
        var office = Assert.Throws<DomainException>(() => AnnualReportWorkflow.Find(AnnualReportStatus.InReview, AnnualReportAction.Publish, Office.Roles));
        Assert.Equal("“审核发布”须由分管领导或机关管理员办理。", office.Message);
        Assert.Throws<DomainException>(() => AnnualReportWorkflow.Find(AnnualReportStatus.Draft, AnnualReportAction.Edit, Handler.Roles));
        var published = Assert.Throws<DomainException>(() => AnnualReportWorkflow.Find(AnnualReportStatus.Published, AnnualReportAction.Edit, Office.Roles));
        Assert.Equal("“已发布”状态的年度报告不能执行“修改”。", published.Message);
    }

    [Fact]
    public void Every_move_is_written_to_the_history_with_who_from_and_to()
    {
        var report = AnnualReport.EnterByHand(Guid.NewGuid(), Guid.NewGuid(), 2023, Office, Today, Now);
        report.Submit(null, Office, Now);
        report.Return("第五部分需要补充", Leader, Now);
        report.Submit(null, Office, Now);
        report.Publish(Admin, Today, Now);

        Assert.Equal(AnnualReportStatus.Published, report.Status);
        Assert.Equal(Today, report.PublishedOn);
        Assert.Equal(
            [
                (AnnualReportAction.Create, (AnnualReportStatus?)null, AnnualReportStatus.Draft, "政务公开办"),
                (AnnualReportAction.Submit, AnnualReportStatus.Draft, AnnualReportStatus.InReview, "政务公开办"),
                (AnnualReportAction.Return, AnnualReportStatus.InReview, AnnualReportStatus.Draft, "分管领导"),
                (AnnualReportAction.Submit, AnnualReportStatus.Draft, AnnualReportStatus.InReview, "政务公开办"),
                (AnnualReportAction.Publish, AnnualReportStatus.InReview, AnnualReportStatus.Published, "机关管理员"),
            ],
            report.History.Select(h => (h.Action, h.From, h.To, h.ActorName)));
        Assert.Equal("第五部分需要补充", report.History[2].Note);
    }

    [Fact]
    public void Returning_without_a_reason_is_refused()
    {
        var report = AnnualReport.EnterByHand(Guid.NewGuid(), Guid.NewGuid(), 2023, Office, Today, Now);
        report.Submit(null, Office, Now);
        Assert.Equal("请填写退回修改的原因。", Assert.Throws<DomainException>(() => report.Return("  ", Leader, Now)).Message);
        Assert.Equal(AnnualReportStatus.InReview, report.Status);
    }

    [Fact]
    public void A_report_whose_columns_do_not_balance_cannot_be_published_and_the_message_names_the_columns()
    {
        var report = AnnualReport.EnterByHand(Guid.NewGuid(), Guid.NewGuid(), 2023, Office, Today, Now);
        var typed = new ReportFigures();
        typed.Set(ReportFormat.ApplicationKey(ReportFormat.NewRow, ApplicantKind.NaturalPerson), 5);
        typed.Set(ReportFormat.ApplicationKey("10", ApplicantKind.NaturalPerson), 4);
        typed.Set(ReportFormat.ApplicationKey(ReportFormat.NewRow, ApplicantKind.LegalService), 1);
        typed.Set(ReportFormat.ApplicationKey(ReportFormat.NextRow, ApplicantKind.LegalService), 1);
        report.Edit(ReportText.Sanitized("", "", "", "", "", ""), typed, Office, Now);
        report.Submit(null, Office, Now);

        var refused = Assert.Throws<DomainException>(() => report.Publish(Leader, Today, Now));
        Assert.Equal("勾稽关系不符，不能发布：“自然人”列（5≠4）、“总计”列（6≠5）。第一项加第二项之和应等于第三项（七）总计加第四项之和。", refused.Message);
        Assert.Equal(AnnualReportStatus.InReview, report.Status);
    }

    [Fact]
    public void A_computed_draft_recomputes_but_keeps_the_figures_staff_typed_and_a_submitted_one_is_frozen()
    {
        var computed = new ReportFigures();
        computed.Set(ReportFormat.ApplicationKey(ReportFormat.NewRow, ApplicantKind.Business), 2);
        computed.Set(ReportFormat.ApplicationKey(ReportFormat.NextRow, ApplicantKind.Business), 2);
        var report = AnnualReport.Compute(Guid.NewGuid(), Guid.NewGuid(), 2025, computed, "<p>草稿</p>", Office, Today, Now);
        var typed = new ReportFigures();
        typed.Set("p.permits", 12);
        typed.Set("p.fees", 1.2345m);
        typed.Set(ReportFormat.ApplicationKey(ReportFormat.NewRow, ApplicantKind.Business), 99);
        report.Edit(ReportText.Sanitized("<p>总体</p><script>x</script>", "", "", "", "问题", ""), typed, Office, Now);
        Assert.Equal(12, report.Figures["p.permits"]);
        Assert.Equal(2, report.Figures.Applications(ReportFormat.NewRow, ApplicantKind.Business));
        Assert.Equal("<p>总体</p>", report.OverviewHtml);
        Assert.Equal("<p>问题</p>", report.ProblemsHtml);

        var later = new ReportFigures();
        later.Set(ReportFormat.ApplicationKey(ReportFormat.NewRow, ApplicantKind.Business), 3);
        later.Set(ReportFormat.ApplicationKey(ReportFormat.NextRow, ApplicantKind.Business), 3);
        report.Recompute(later, Office, Now);
        Assert.Equal(3, report.Figures.ApplicationsTotal(ReportFormat.NewRow));
        Assert.Equal(1.2345m, report.Figures["p.fees"]);

        report.Submit(later, Office, Now);
        Assert.Throws<DomainException>(() => report.Recompute(new ReportFigures(), Office, Now));
        Assert.Equal(3, report.Figures.ApplicationsTotal(ReportFormat.NewRow));
    }

    [Fact]
    public void Hand_entry_is_only_for_past_years_and_never_before_2008()
    {
        Assert.Throws<DomainException>(() => AnnualReport.EnterByHand(Guid.NewGuid(), Guid.NewGuid(), 2026, Office, Today, Now));
        Assert.Throws<DomainException>(() => AnnualReport.EnterByHand(Guid.NewGuid(), Guid.NewGuid(), 2007, Office, Today, Now));
        Assert.Throws<DomainException>(() => AnnualReport.EnterByHand(Guid.NewGuid(), Guid.NewGuid(), 2020, Handler, Today, Now));
    }

    [Theory]
    [InlineData("2025-12-01", 2025, "2026-01-31")]
    [InlineData("2026-01-31", 2025, "2026-01-31")]
    [InlineData("2026-02-01", 2025, "2026-01-31")]
    [InlineData("2026-11-30", 2025, "2026-01-31")]
    public void The_watched_report_is_the_years_ending_in_december_and_last_years_after(string today, int year, string due)
    {
        var (watched, dueOn) = ReportDue.Watched(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(year, watched);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), dueOn);
    }

    [Fact]
    public void Table_three_has_the_rows_of_the_national_format_in_order()
    {
        var names = ReportFormat.ApplicationRows.Select(r => r.Name).ToList();
        Assert.Equal(25, names.Count);
        Assert.Equal("一、本年新收政府信息公开申请数量", names[0]);
        Assert.Equal("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", names[3]);
        Assert.Equal("1.属于国家秘密", names[4]);
        Assert.Equal("3.补正后申请内容仍不明确", names[14]);
        Assert.Equal("3.其他", names[22]);
        Assert.Equal("（七）总计", names[23]);
        Assert.Equal("四、结转下年度继续办理", names[24]);
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], ReportFormat.ApplicantColumns.Select(ReportFormat.ColumnName));
    }
}
