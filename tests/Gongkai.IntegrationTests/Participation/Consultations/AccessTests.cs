using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Participation.Consultations;

namespace Gongkai.IntegrationTests.Participation.Consultations;

public sealed class AccessTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private readonly ConsultationSteps steps = new(factory);

    [Fact]
    public async Task A_drafter_drafts_but_cannot_open_or_moderate()
    {
        var drafter = await factory.SignInAsync("shandong-drafter");
        var draftId = await steps.CreateAsync(drafter, "起草人员起草的征求意见稿", ConsultationSteps.Today, ConsultationSteps.Today.AddDays(30));
        Assert.Equal(HttpStatusCode.Forbidden, (await steps.ActAsync(drafter, draftId, "open", [], expectSuccess: false)).StatusCode);

        var (_, id) = await steps.OpenAsync("需要审核意见的征求意见稿");
        await steps.CommentAsync(id, "一条待审核的意见。");
        var comment = Assert.Single(await steps.CommentsAsync(id));

        var response = await steps.ActAsync(drafter, id, "approve", new() { ["commentId"] = comment.Id.ToString() }, expectSuccess: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CommentStatus.Pending, Assert.Single(await steps.CommentsAsync(id)).Status);
    }

    [Fact]
    public async Task A_handler_cannot_draft()
    {
        var handler = await factory.SignInAsync("shandong-handler");

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync("/admin/shandong/consultations/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync("/admin/shandong/consultations")).StatusCode);
    }

    [Fact]
    public async Task Another_agency_officer_cannot_see_or_moderate_the_consultation()
    {
        var (_, id) = await steps.OpenAsync("山东的征求意见稿");
        await steps.CommentAsync(id, "一条意见。");
        var comment = Assert.Single(await steps.CommentsAsync(id));
        var stranger = await factory.SignInAsync("beijing-disclosureofficer");

        var theirs = await stranger.GetAsync(ConsultationSteps.StaffPage(id));
        var underOwnAgency = await stranger.GetAsync(ConsultationSteps.StaffPage(id, "beijing"));
        var approve = await stranger.PostFormAsync(ConsultationSteps.StaffPage(id, "beijing"), $"{ConsultationSteps.StaffPage(id, "beijing")}?handler=approve",
            new() { ["commentId"] = comment.Id.ToString() });

        Assert.Contains(theirs.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Redirect });
        if (theirs.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/account/access-denied", theirs.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, underOwnAgency.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(CommentStatus.Pending, Assert.Single(await steps.CommentsAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(ConsultationSteps.PublicPage(id, "beijing"))).StatusCode);
    }
}
