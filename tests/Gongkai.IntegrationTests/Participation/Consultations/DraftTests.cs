using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class DraftTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private readonly ConsultationSteps steps = new(factory);

    [Fact]
    public async Task A_drafter_edits_the_draft_its_body_is_sanitized_and_once_opened_it_cannot_be_edited()
    {
        var drafter = await factory.SignInAsync("shandong-drafter");
        var id = await steps.CreateAsync(drafter, "初稿标题", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(29));
        var fields = ConsultationSteps.Draft("修改后的标题", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(29));
        fields["Body"] = ConsultationSteps.Body + "<script>alert(1)</script>";

        await steps.ActAsync(drafter, id, "edit", fields);
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        await steps.ActAsync(officer, id, "open", []);

        var page = await factory.Anonymous().GetStringAsync(ConsultationSteps.PublicPage(id));
        Assert.Contains("修改后的标题", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"第二条\">第二条</option>", page, StringComparison.Ordinal);
        var late = await steps.ActAsync(officer, id, "edit", ConsultationSteps.Draft("再次修改", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(29)), expectSuccess: false);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("“已发布”状态的征求意见不能执行“修改草稿”。", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_list_shows_open_consultations_before_closed_ones()
    {
        var (_, closed) = await steps.OpenAsync("已截止的征求意见稿");
        await steps.CloseAsync(closed);
        var (_, open) = await steps.OpenAsync("正在征求意见的征求意见稿");

        var page = await factory.Anonymous().GetStringAsync("/shandong/consultations");

        var openAt = page.IndexOf(open.ToString(), StringComparison.Ordinal);
        var closedAt = page.IndexOf(closed.ToString(), StringComparison.Ordinal);
        Assert.True(openAt >= 0 && closedAt > openAt, "征求意见中的应排在已截止的前面");
        Assert.Contains("已截止", page, StringComparison.Ordinal);
    }
}
