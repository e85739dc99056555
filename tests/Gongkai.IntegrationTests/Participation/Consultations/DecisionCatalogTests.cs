using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class DecisionCatalogTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private readonly ConsultationSteps steps = new(factory);

    private static Dictionary<string, string> Item(string title, Guid consultationId, bool published, string legalityState = "Completed", string legalityReason = "")
    {
        var fields = new Dictionary<string, string>
        {
            ["Year"] = "2026",
            ["Title"] = title,
            ["Department"] = "失业保险处",
            ["PlannedTime"] = "2026年第三季度",
            ["Status"] = "InProgress",
            ["ConsultationId"] = consultationId.ToString(),
            ["DocumentIndexNumber"] = "",
            ["Steps[PublicParticipation]"] = "Completed",
            ["Steps[ExpertReview]"] = "InProgress",
            ["Steps[RiskAssessment]"] = "NotApplicable",
            ["Reasons[RiskAssessment]"] = "不涉及社会稳定风险。",
            ["Steps[LegalityReview]"] = legalityState,
            ["Reasons[LegalityReview]"] = legalityReason,
            ["Steps[CollectiveDecision]"] = "NotStarted",
        };
        if (published)
        {
            fields["Published"] = "true";
        }

        return fields;
    }

    [Fact]
    public async Task An_item_with_its_steps_and_consultation_link_appears_publicly_only_once_published()
    {
        var (officer, consultationId) = await steps.OpenAsync("失业保险金标准调整方案（征求意见稿）");

        var saved = await officer.PostFormAsync("/admin/shandong/decisions/new", "/admin/shandong/decisions/new", Item("调整失业保险金标准", consultationId, published: false));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var staffList = await officer.GetStringAsync("/admin/shandong/decisions?year=2026");
        Assert.Contains("调整失业保险金标准", staffList, StringComparison.Ordinal);
        Assert.DoesNotContain("调整失业保险金标准", await factory.Anonymous().GetStringAsync("/shandong/decisions?year=2026"), StringComparison.Ordinal);

        var edit = System.Text.RegularExpressions.Regex.Match(staffList, "/admin/shandong/decisions/([0-9a-f-]{36})").Value;
        var published = await officer.PostFormAsync(edit, edit, Item("调整失业保险金标准", consultationId, published: true));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await factory.Anonymous().GetStringAsync("/shandong/decisions?year=2026");
        Assert.Contains("调整失业保险金标准", page, StringComparison.Ordinal);
        Assert.Contains("不适用（不涉及社会稳定风险。）", page, StringComparison.Ordinal);
        Assert.Contains("合法性审查", page, StringComparison.Ordinal);
        Assert.Contains($"/shandong/consultations/{consultationId}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("调整失业保险金标准", await factory.Anonymous().GetStringAsync("/shandong/decisions?year=2025"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_marked_not_applicable_without_a_reason_is_refused_and_only_the_office_maintains_the_catalog()
    {
        var (officer, consultationId) = await steps.OpenAsync("职业技能等级认定办法（征求意见稿）");

        var response = await officer.PostFormAsync("/admin/shandong/decisions/new", "/admin/shandong/decisions/new",
            Item("职业技能等级认定改革", consultationId, published: true, legalityState: "NotApplicable"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“合法性审查”不适用的，须说明理由。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var drafter = await factory.SignInAsync("shandong-drafter");
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.GetAsync("/admin/shandong/decisions/new")).StatusCode);
    }
}
