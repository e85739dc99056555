using System.Net;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Staff;
using static Gongkai.IntegrationTests.Applications.Public.ApplicantSteps;

namespace Gongkai.IntegrationTests.Applications.Public;

/// <summary>The status page opens a case only with its number and its query code, and shows nothing personal.</summary>
public sealed class StatusTests(ApplicantFactory factory) : IClassFixture<ApplicantFactory>
{
    private const string Refused = "申请编号或查询码不正确。";

    [Fact]
    public async Task A_wrong_code_a_wrong_number_and_another_agencys_number_get_the_same_answer()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());
        var (elsewhere, elsewhereCode) = await SubmitAsync(client, Person(), "beijing");
        var wrongCode = code[..7] + (code[7] == 'A' ? 'B' : 'A');
        var unknownNumber = "YSQ209900001";

        foreach (var (tryNumber, tryCode) in new[] { (number, wrongCode), (unknownNumber, code), (elsewhere, elsewhereCode) })
        {
            var response = await LookUpAsync(client, tryNumber, tryCode);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await HtmlAsync(response);
            Assert.Equal(Refused, page.QuerySelector("#lookup-error")!.TextContent.Trim());
            Assert.Null(page.QuerySelector("#case-status"));
            Assert.DoesNotContain("张", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(client, number, code)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(client, elsewhere, elsewhereCode, "beijing")).StatusCode);
    }

    [Fact]
    public async Task The_code_is_read_as_people_copy_it()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());

        var response = await LookUpAsync(client, $" {number.ToLowerInvariant()} ", $"{code[..4].ToLowerInvariant()} {code[4..]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Empty_fields_are_named_beside_them()
    {
        var response = await LookUpAsync(factory.Anonymous(), "", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlAsync(response);
        Assert.Equal("请填写申请编号。", page.QuerySelector("#Number-error")!.TextContent.Replace("错误：", "", StringComparison.Ordinal).Trim());
        Assert.Equal("请填写查询码。", page.QuerySelector("#QueryCode-error")!.TextContent.Replace("错误：", "", StringComparison.Ordinal).Trim());
        Assert.Equal("true", page.QuerySelector("#Number")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_status_page_never_shows_the_id_number_phone_email_or_address()
    {
        var client = factory.Anonymous();
        var form = Person();
        var (number, code) = await SubmitAsync(client, form);
        await MoveAsync(factory, number, Confirm);

        var response = await LookUpAsync(client, number, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(PersonId, html, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonId[..10], html, StringComparison.Ordinal);
        Assert.DoesNotContain(form["Phone"], html, StringComparison.Ordinal);
        Assert.DoesNotContain(form["Email"], html, StringComparison.Ordinal);
        Assert.DoesNotContain(form["Address"], html, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Office.Name, html, StringComparison.Ordinal);
        var page = Html(html);
        Assert.Contains("张**", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("已登记", page.QuerySelector("#case-status")!.TextContent.Trim());
        Assert.Matches(@"答复期限：\d{4}年\d{1,2}月\d{1,2}日（还剩(19|20)个工作日）", page.QuerySelector("#case-clock")!.TextContent);
        Assert.Equal(["在线提交", "确认收到"], page.QuerySelectorAll(".timeline li span").Select(s => s.TextContent).ToArray());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Looking_up_without_the_antiforgery_token_is_refused()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());

        var response = await factory.Anonymous().PostWithoutTokenAsync(StatusPage, new() { ["Number"] = number, ["QueryCode"] = code });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(number, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_discarded_case_shows_its_status_only()
    {
        var client = factory.Anonymous();
        var (number, code) = await SubmitAsync(client, Person());
        await MoveAsync(factory, number, new CaseForm { Action = nameof(ApplicationAction.Discard), Note = "内部原因：测试数据", Confirmed = true });

        var page = await HtmlAsync(await LookUpAsync(client, number, code));

        Assert.Equal("已作废", page.QuerySelector("#case-status")!.TextContent.Trim());
        Assert.DoesNotContain("内部原因", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#case-clock"));
    }
}
