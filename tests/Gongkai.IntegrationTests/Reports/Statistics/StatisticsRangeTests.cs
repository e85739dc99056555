using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Platform.Calendar;
using static Gongkai.IntegrationTests.Reports.Statistics.StatisticsReading;

namespace Gongkai.IntegrationTests.Reports.Statistics;

/// <summary>The date-range filter: this year to date by default; a bad range is refused in Chinese beside its field.</summary>
public sealed class StatisticsRangeTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/shandong/statistics";

    [Fact]
    public async Task Without_a_range_the_page_counts_this_year_to_date_in_beijing_time()
    {
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var today = ChineseDate.Today(TimeProvider.System);

        var page = Html(await officer.GetStringAsync(Page));

        Assert.Contains($"{ChineseDate.Format(new DateOnly(today.Year, 1, 1))}至{ChineseDate.Format(today)}", Figure(page, "range-described"), StringComparison.Ordinal);
        Assert.Equal($"{today.Year}-01-01", page.GetElementById("from")!.GetAttribute("value"));
        Assert.Equal(today.Month, Counts(page, "documents-per-month").Count);
    }

    [Theory]
    [InlineData("2026-13-01", "2026-06-30", "from", "开始日期格式不正确，应如“2026-01-01”。")]
    [InlineData("2026-04-01", "六月底", "to", "结束日期格式不正确，应如“2026-01-01”。")]
    [InlineData("2026-06-30", "2026-04-01", "to", "结束日期不能早于开始日期。")]
    [InlineData("2023-01-01", "2026-01-01", "to", "统计区间最长3年，请缩短区间或分段查看。")]
    public async Task A_bad_range_is_refused_with_the_message_beside_its_field_and_what_was_typed_kept(string from, string to, string field, string message)
    {
        var leader = await factory.SignInAsync("shandong-leader");
        var query = $"from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";

        var response = await leader.GetAsync($"{Page}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.GetElementById($"{field}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.GetElementById(field)!.GetAttribute("aria-invalid"));
        Assert.Equal(from, page.GetElementById("from")!.GetAttribute("value"));
        Assert.Equal(to, page.GetElementById("to")!.GetAttribute("value"));
        Assert.Null(page.GetElementById("documents-total"));

        var export = await leader.GetAsync($"{Page}?handler=export&{query}");
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Contains(message, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_of_just_under_three_years_is_accepted()
    {
        var leader = await factory.SignInAsync("shandong-leader");

        var response = await leader.GetAsync($"{Page}?from=2023-01-02&to=2026-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(37, Counts(Html(await response.Content.ReadAsStringAsync()), "documents-per-month").Count);
    }
}
