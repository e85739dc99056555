using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Applications.Letters;
using static Gongkai.IntegrationTests.Applications.Staff.CaseFlow;

namespace Gongkai.IntegrationTests.Applications.Staff;

/// <summary>A case's letters download as DOCX once the case has reached them, for the people who may open the case.</summary>
public sealed class LetterDownloadTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "shandong";
    private readonly CaseFlow flow = new(factory);

    private static string Letter(Guid id, string kind) => $"{Page(Agency, id)}/letters/{kind}";

    [Fact]
    public async Task The_reply_letter_downloads_after_the_reply_with_its_number()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var id = await flow.DecidedAsync(office, handler, Agency);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(Letter(id, "ReplyLetter"))).StatusCode);

        await DoAsync(office, Agency, id, "Reply");
        var replyNumber = (await flow.LoadAsync(id)).ReplyNumber;
        Assert.Contains($"href=\"{Letter(id, "ReplyLetter")}\"", await office.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);

        var response = await office.GetAsync(Letter(id, "ReplyLetter"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LetterFile.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(replyNumber, DocxText.Read(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_consultation_has_its_own_letter_linked_from_the_page()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var handler = await factory.SignInAsync($"{Agency}-handler");
        var id = await flow.HandlingAsync(office, Agency);
        await DoAsync(handler, Agency, id, "Consult", new() { ["party"] = "ThirdParty", ["partyName"] = "济南某某科技有限公司", ["note"] = "合同金额是否涉及商业秘密" });
        var consultation = Assert.Single((await flow.LoadAsync(id)).Consultations);

        var url = $"{Letter(id, "ConsultationLetter")}?consultation={consultation.Id}";
        Assert.Contains($"href=\"{url}\"", await handler.GetStringAsync(Page(Agency, id)), StringComparison.Ordinal);
        var response = await handler.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("济南某某科技有限公司", DocxText.Read(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync($"{Letter(id, "ConsultationLetter")}?consultation={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Letters_the_case_has_not_reached_or_that_do_not_exist_are_not_found()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var id = await flow.HandlingAsync(office, Agency);

        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(Letter(id, "ExtensionNotice"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(Letter(id, "Fly"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(Letter(id, "5"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(Letter(Guid.NewGuid(), "ReplyLetter"))).StatusCode);
    }

    [Fact]
    public async Task Letters_follow_the_case_access_rule()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var leader = await factory.SignInAsync($"{Agency}-leader");
        var id = await flow.HandlingAsync(office, Agency);
        await DoAsync(leader, Agency, id, "Extend", new() { ["days"] = "5", ["note"] = "需要调取历年档案" });

        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignInAsync($"{Agency}-drafter")).GetAsync(Letter(id, "ExtensionNotice"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignInAsync("beijing-disclosureofficer")).GetAsync($"/admin/beijing/applications/{id}/letters/ExtensionNotice")).StatusCode);

        var response = await leader.GetAsync(Letter(id, "ExtensionNotice"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("5个工作日", DocxText.Read(await response.Content.ReadAsByteArrayAsync()).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
