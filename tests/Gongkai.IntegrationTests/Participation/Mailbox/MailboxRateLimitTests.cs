using System.Net;
using static Gongkai.IntegrationTests.Participation.Mailbox.MailboxSteps;

namespace Gongkai.IntegrationTests.Participation.Mailbox;

/// <summary>One address may write only so often; past that it is told, in Chinese, to wait, and nothing is kept.</summary>
public sealed class MailboxRateLimitTests(MailboxRateLimitTests.LowLimits factory) : IClassFixture<MailboxRateLimitTests.LowLimits>
{
    [Fact]
    public async Task The_third_message_within_the_hour_is_turned_away()
    {
        var client = factory.Anonymous();
        await WriteAsync(client, Form("频率一"));
        await WriteAsync(client, Form("频率二"));
        var before = await CountAsync(factory);

        var third = await client.PostFormAsync(WritePage, WritePage, Form("频率三"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("提交过于频繁，请稍后再试。", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(factory));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(WritePage)).StatusCode);
    }

    public sealed class LowLimits : MailboxFactory
    {
        protected override string MessagePerHour => "2";
    }
}
