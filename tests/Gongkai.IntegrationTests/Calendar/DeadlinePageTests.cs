using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Calendar;

public sealed class DeadlinePageTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_empty_calculator_shows_the_form_and_the_rule()
    {
        var html = await factory.Anonymous().GetStringAsync("/calendar/deadline");

        Assert.Contains("<form method=\"get\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"from\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"days\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"from\" name=\"from\" type=\"date\"", html, StringComparison.Ordinal);
        Assert.Contains(">计算</button>", html, StringComparison.Ordinal);
        Assert.Contains("起算日不计入", html, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国政府信息公开条例》", html, StringComparison.Ordinal);
        foreach (var period in new[] { "20个工作日", "7个工作日", "15个工作日" })
        {
            Assert.Contains(period, html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"due\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_working_days_from_27_september_2024_show_30_october_with_the_holidays_crossed()
    {
        var html = await factory.Anonymous().GetStringAsync("/calendar/deadline?from=2024-09-27&days=20");

        Assert.Matches("id=\"due\"><time datetime=\"2024-10-30\">2024年10月30日（星期三）</time>", html);
        Assert.Contains("2024年9月27日（星期五）", html, StringComparison.Ordinal);
        Assert.Contains("共 33 个自然日", html, StringComparison.Ordinal);
        Assert.Contains("2024年9月29日（星期日）", html, StringComparison.Ordinal);
        Assert.Contains("2024年10月1日至2024年10月7日（7天）", html, StringComparison.Ordinal);
        Assert.Contains("2024年10月12日（星期六）", html, StringComparison.Ordinal);
        Assert.Contains("国庆节", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2024-09-27\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"20\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_shows_a_chinese_error_beside_each_field()
    {
        var response = await factory.Anonymous().GetAsync("/calendar/deadline?from=2024-13-01&days=abc");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\" id=\"from-error\">起算日期格式不正确", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\" id=\"days-error\">工作日数应为整数", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"from-hint from-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"due\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_running_into_a_year_not_yet_loaded_is_explained()
    {
        var html = await factory.Anonymous().GetStringAsync("/calendar/deadline?from=2026-12-20&days=20");

        Assert.Contains("尚未载入2027年的节假日安排，无法计算工作日。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"due\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_days_are_refused_beside_the_days_field()
    {
        var html = await factory.Anonymous().GetStringAsync("/calendar/deadline?from=2024-09-27&days=5000");

        Assert.Contains("id=\"days-error\">工作日数不能超过1000个", html, StringComparison.Ordinal);
    }
}
