using System.Net;
using static Gongkai.IntegrationTests.Applications.Public.ApplicantSteps;

namespace Gongkai.IntegrationTests.Applications.Public;

/// <summary>One address may submit and try codes only so often; past that it is told, in Chinese, to wait.</summary>
public sealed class RateLimitTests(RateLimitTests.LowLimits factory) : IClassFixture<RateLimitTests.LowLimits>
{
    private const string Message = "提交过于频繁，请稍后再试。";

    [Fact]
    public async Task The_third_submission_within_the_hour_is_turned_away()
    {
        var client = factory.Anonymous();
        await SubmitAsync(client, Person());
        await SubmitAsync(client, Person());
        var before = await CountAsync(factory);

        var third = await client.PostFormAsync(ApplyPage, ApplyPage, Person());

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains(Message, await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(factory));
        // Reading the form is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ApplyPage)).StatusCode);
    }

    [Fact]
    public async Task Guessing_query_codes_is_turned_away_after_the_limit()
    {
        var client = factory.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await LookUpAsync(client, "YSQ202600001", $"ABCDEFG{i + 2}")).StatusCode);
        }

        var fourth = await LookUpAsync(client, "YSQ202600001", "ABCDEFGH");

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains(Message, await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class LowLimits : ApplicantFactory
    {
        protected override string SubmitPerHour => "2";

        protected override string LookupPerHour => "3";
    }
}
