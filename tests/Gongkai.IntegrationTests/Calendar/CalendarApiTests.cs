using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Calendar;

public sealed class CalendarApiTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Twenty_working_days_from_27_september_2024_end_on_30_october()
    {
        var body = await factory.Anonymous().GetStringAsync("/api/calendar/add-working-days?from=2024-09-27&days=20");

        Assert.Equal("""{"from":"2024-09-27","days":20,"due":"2024-10-30"}""", body);
    }

    [Fact]
    public async Task A_sunday_make_up_day_is_a_working_day()
    {
        var body = await factory.Anonymous().GetStringAsync("/api/calendar/is-working-day?date=2024-09-29");

        Assert.Equal("""{"date":"2024-09-29","workingDay":true}""", body);
    }

    [Fact]
    public async Task A_holiday_on_a_weekday_is_not_a_working_day()
    {
        var body = await factory.Anonymous().GetStringAsync("/api/calendar/is-working-day?date=2024-10-01");

        Assert.Equal("""{"date":"2024-10-01","workingDay":false}""", body);
    }

    [Theory]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-24", 3, "2025-02-05")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    public async Task Spring_festival_2025_is_skipped_and_its_make_up_sunday_counted(string from, int days, string due)
    {
        var body = await factory.Anonymous().GetStringAsync($"/api/calendar/add-working-days?from={from}&days={days}");

        Assert.Equal($$"""{"from":"{{from}}","days":{{days}},"due":"{{due}}"}""", body);
    }

    [Theory]
    [InlineData("2023-09-28", 1, "2023-10-07")]
    [InlineData("2023-09-28", 3, "2023-10-09")]
    [InlineData("2023-09-27", 20, "2023-10-31")]
    public async Task National_day_2023_is_skipped_and_its_make_up_weekend_counted(string from, int days, string due)
    {
        var body = await factory.Anonymous().GetStringAsync($"/api/calendar/add-working-days?from={from}&days={days}");

        Assert.Equal($$"""{"from":"{{from}}","days":{{days}},"due":"{{due}}"}""", body);
    }

    [Theory]
    [InlineData("", "请填写起算日期")]
    [InlineData("?days=20", "请填写起算日期")]
    [InlineData("?from=&days=20", "请填写起算日期")]
    [InlineData("?from=2024-09-27", "请填写工作日数")]
    [InlineData("?from=2024/09/27&days=20", "起算日期格式不正确")]
    [InlineData("?from=27-09-2024&days=20", "起算日期格式不正确")]
    [InlineData("?from=2024-9-27&days=20", "起算日期格式不正确")]
    [InlineData("?from=2024-02-30&days=20", "起算日期格式不正确")]
    [InlineData("?from=2024-09-27T00:00:00&days=20", "起算日期格式不正确")]
    [InlineData("?from=2024-09-27&days=abc", "工作日数应为整数")]
    [InlineData("?from=2024-09-27&days=1.5", "工作日数应为整数")]
    [InlineData("?from=2024-09-27&days=%2B5", "工作日数应为整数")]
    [InlineData("?from=2024-09-27&days=-3", "工作日数不能为负数")]
    [InlineData("?from=2024-09-27&days=1001", "工作日数不能超过1000个")]
    [InlineData("?from=2024-09-27&days=99999999999999999999", "工作日数不能超过1000个")]
    [InlineData("?from=2030-01-02&days=5", "尚未载入2030年的节假日安排")]
    [InlineData("?from=2026-12-30&days=3", "尚未载入2027年的节假日安排")]
    [InlineData("?from=2024-09-27&days=1000", "尚未载入2027年的节假日安排")]
    [InlineData("?from=9999-12-31&days=5", "起算日期应在2000年1月1日至2100年12月31日之间")]
    [InlineData("?from=0001-01-01&days=1", "起算日期应在2000年1月1日至2100年12月31日之间")]
    public async Task Bad_input_to_add_working_days_is_a_400_with_a_chinese_message(string query, string expected)
    {
        await AssertBadRequestAsync($"/api/calendar/add-working-days{query}", expected);
    }

    [Theory]
    [InlineData("", "请填写日期")]
    [InlineData("?date=tomorrow", "日期格式不正确")]
    [InlineData("?date=20240929", "日期格式不正确")]
    [InlineData("?date=2027-03-01", "尚未载入2027年的节假日安排")]
    [InlineData("?date=1900-01-01", "日期应在2000年1月1日至2100年12月31日之间")]
    public async Task Bad_input_to_is_working_day_is_a_400_with_a_chinese_message(string query, string expected)
    {
        await AssertBadRequestAsync($"/api/calendar/is-working-day{query}", expected);
    }

    [Fact]
    public async Task Zero_working_days_end_on_the_start_date()
    {
        var body = await factory.Anonymous().GetStringAsync("/api/calendar/add-working-days?from=2024-10-01&days=0");

        Assert.Equal("""{"from":"2024-10-01","days":0,"due":"2024-10-01"}""", body);
    }

    private async Task AssertBadRequestAsync(string url, string expected)
    {
        var response = await factory.Anonymous().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("error").GetString();
        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(json.RootElement.EnumerateObject());
        // Chinese as characters, not \u escapes.
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }
}
