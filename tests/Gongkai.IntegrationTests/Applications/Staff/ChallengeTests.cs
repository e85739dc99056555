using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Challenges;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Applications.Staff.CaseFlow;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>行政复议 and 行政诉讼 against a reply: recorded and concluded by the disclosure office, traced in the history.</summary>
public sealed class ChallengeTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly CaseFlow flow = new(factory);

    private static Dictionary<string, string> Review => new()
    {
        ["kind"] = "AdministrativeReview",
        ["filedOn"] = TodayText,
        ["body"] = "山东省人民政府",
        ["caseNumber"] = "鲁政复〔2026〕88号",
    };

    [Fact]
    public async Task A_challenge_is_recorded_and_concluded_and_shows_on_the_page_and_in_the_history()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var id = await flow.RepliedAsync(office, handler, Agency);

        var recorded = await PostHandlerAsync(office, Agency, id, "RecordChallenge", Review);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal($"{Page(Agency, id)}?done=RecordChallenge", recorded.Headers.Location!.OriginalString);
        var page = TextOf(await office.GetStringAsync(recorded.Headers.Location!.OriginalString));
        Assert.Contains("已登记行政复议或行政诉讼。", page, StringComparison.Ordinal);
        Assert.Contains("鲁政复〔2026〕88号", page, StringComparison.Ordinal);
        Assert.Contains("尚未审结", page, StringComparison.Ordinal);
        Assert.Contains("登记复议诉讼", page, StringComparison.Ordinal);

        var challenge = await SingleChallengeAsync(id);
        Assert.Equal(ChallengeKind.AdministrativeReview, challenge.Kind);
        Assert.Equal(ChallengeResult.Pending, challenge.Result);
        var noted = (await flow.LoadAsync(id)).History.OrderBy(h => h.At).Last();
        Assert.Equal(ApplicationAction.RecordChallenge, noted.Action);
        Assert.Equal("山东省人社厅政务公开办", noted.ActorName);
        Assert.Contains("山东省人民政府", noted.Note, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Replied, (await flow.LoadAsync(id)).Status);

        var concluded = await PostHandlerAsync(office, Agency, id, "ConcludeChallenge", new()
        {
            ["challengeId"] = challenge.Id.ToString(),
            ["result"] = "Upheld",
            ["concludedOn"] = TodayText,
            ["note"] = "维持原答复",
        });
        Assert.Equal(HttpStatusCode.Redirect, concluded.StatusCode);
        page = TextOf(await office.GetStringAsync(concluded.Headers.Location!.OriginalString));
        Assert.Contains("已登记审结结果。", page, StringComparison.Ordinal);
        Assert.Contains("结果维持", page, StringComparison.Ordinal);
        Assert.Equal(ChallengeResult.Upheld, (await SingleChallengeAsync(id)).Result);
        var history = (await flow.LoadAsync(id)).History.Where(h => h.Action == ApplicationAction.RecordChallenge).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains(history, h => h.Note.Contains("结果维持", StringComparison.Ordinal));

        var twice = await PostHandlerAsync(office, Agency, id, "ConcludeChallenge", new()
        {
            ["challengeId"] = challenge.Id.ToString(),
            ["result"] = "Corrected",
            ["concludedOn"] = TodayText,
        });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("这件行政复议已登记审结结果（结果维持）。", ErrorOf(await twice.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_handler_cannot_record_a_challenge()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var id = await flow.RepliedAsync(office, handler, Agency);
        Assert.DoesNotContain("登记行政复议或行政诉讼\"", await handler.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);

        var refused = await PostHandlerAsync(handler, Agency, id, "RecordChallenge", Review);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal("行政复议、行政诉讼情况由政务公开办登记。", ErrorOf(html));
        Assert.Empty(await ChallengesAsync(id));
        Assert.DoesNotContain((await flow.LoadAsync(id)).History, h => h.Action == ApplicationAction.RecordChallenge);
    }

    [Fact]
    public async Task A_challenge_needs_a_reply_and_readable_dates()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handling = await flow.HandlingAsync(office, Agency);
        var early = await PostHandlerAsync(office, Agency, handling, "RecordChallenge", Review);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("只有已答复的申请才能登记行政复议或行政诉讼。", ErrorOf(await early.Content.ReadAsStringAsync()));
        Assert.Empty(await ChallengesAsync(handling));

        var handler = await factory.SignInAsync($"{Agency}-handler");
        var replied = await flow.RepliedAsync(office, handler, Agency);
        var badDate = new Dictionary<string, string>(Review) { ["filedOn"] = "2026-13-45" };
        var response = await PostHandlerAsync(office, Agency, replied, "RecordChallenge", badDate);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("提起日期格式不正确，应如 2026-03-02。", ErrorOf(html));
        Assert.Contains("value=\"鲁政复〔2026〕88号\"", html, StringComparison.Ordinal);

        var unknown = await PostHandlerAsync(office, Agency, replied, "ConcludeChallenge", new()
        {
            ["challengeId"] = "not-a-guid",
            ["result"] = "Upheld",
            ["concludedOn"] = TodayText,
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("没有找到这条行政复议或行政诉讼记录。", ErrorOf(await unknown.Content.ReadAsStringAsync()));
    }

    private async Task<Challenge> SingleChallengeAsync(Guid applicationId) => Assert.Single(await ChallengesAsync(applicationId));

    private async Task<List<Challenge>> ChallengesAsync(Guid applicationId)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Challenge>().AsNoTracking().Where(c => c.ApplicationId == applicationId).ToListAsync();
    }
}
