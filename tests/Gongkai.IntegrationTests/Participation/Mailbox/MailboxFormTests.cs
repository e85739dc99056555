using System.Net;
using static Gongkai.IntegrationTests.Participation.Mailbox.MailboxSteps;

namespace Gongkai.IntegrationTests.Participation.Mailbox;

/// <summary>The public form refuses bad input in Chinese, keeps nothing from robots, and the status page tells guessers nothing.</summary>
public sealed class MailboxFormTests(MailboxFactory factory) : IClassFixture<MailboxFactory>
{
    public static TheoryData<string, string, string> BadFields => new()
    {
        { "Subject", "", "请填写标题。" },
        { "Body", new string('问', 2001), "留言内容不能超过2000个字。" },
        { "Phone", "12345", "联系电话格式不正确" },
        { "Email", "zhang@", "电子邮箱格式不正确。" },
        { "Promise", "", "请勾选承诺" },
        { "Box", "Hotline", "请选择写信渠道" },
        { "WriterName", " ", "请填写姓名。" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_is_refused_beside_the_field_in_chinese_and_nothing_is_stored(string field, string value, string error)
    {
        var client = factory.Anonymous();
        var form = Form($"错误输入测试{field}");
        form[field] = value;
        var before = await CountAsync(factory);

        var response = await client.PostFormAsync(WritePage, WritePage, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlAsync(response);
        Assert.Contains(error, page.QuerySelector($"#{field}-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#error-summary"));
        Assert.Equal(before, await CountAsync(factory));
        if (field != "Subject")
        {
            // What was typed stays in the form.
            Assert.Equal($"错误输入测试{field}", page.QuerySelector("#Subject")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task A_filled_honeypot_gets_a_receipt_but_nothing_is_stored()
    {
        var client = factory.Anonymous();
        var form = Form("机器人");
        form["website"] = "http://spam.example";
        var before = await CountAsync(factory);

        var response = await client.PostFormAsync(WritePage, WritePage, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = Html(await client.GetStringAsync("/shandong/mailbox/received"));
        Assert.Null(receipt.QuerySelector("#query-code"));
        Assert.Equal(before, await CountAsync(factory));
    }

    [Fact]
    public async Task A_wrong_code_and_a_wrong_number_get_the_same_chinese_answer()
    {
        var client = factory.Anonymous();
        var (number, code) = await WriteAsync(client, Form("查询码测试"));
        var wrongCode = code[..7] + (code[7] == 'A' ? 'B' : 'A');

        var texts = new List<string>();
        foreach (var (tryNumber, tryCode) in new[] { (number, wrongCode), ("XX209900001", code) })
        {
            var response = await LookUpAsync(client, tryNumber, tryCode);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await HtmlAsync(response);
            Assert.Null(page.QuerySelector("#message-status"));
            texts.Add(page.QuerySelector("#lookup-error")!.TextContent.Trim());
        }

        Assert.Equal(["留言编号或查询码不正确。", "留言编号或查询码不正确。"], texts);
        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(client, number.ToLowerInvariant(), code.ToLowerInvariant())).StatusCode);
    }

    [Fact]
    public async Task The_receipt_code_is_never_in_a_url_and_the_full_phone_never_on_a_public_page()
    {
        var client = factory.Anonymous();
        var posted = await client.PostFormAsync(WritePage, WritePage, Form("电话不外露测试"));
        var location = posted.Headers.Location!.OriginalString;
        var receiptHtml = await client.GetStringAsync(location);
        var code = Html(receiptHtml).QuerySelector("#query-code")!.TextContent.Trim();
        var number = Html(receiptHtml).QuerySelector("#message-number")!.TextContent.Trim();

        Assert.DoesNotContain(code, location, StringComparison.Ordinal);
        var pages = new[]
        {
            receiptHtml,
            await (await LookUpAsync(client, number, code)).Content.ReadAsStringAsync(),
            await client.GetStringAsync(RepliesPage),
            await client.GetStringAsync(WritePage),
        };
        Assert.All(pages, html => Assert.DoesNotContain(Phone, html, StringComparison.Ordinal));
        Assert.DoesNotContain(code, await client.GetStringAsync("/shandong/mailbox/received"), StringComparison.Ordinal);
    }
}
