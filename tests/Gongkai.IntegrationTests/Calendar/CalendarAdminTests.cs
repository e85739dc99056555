using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Calendar;

public sealed class CalendarAdminTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Page = "/admin/platform/calendar";

    [Fact]
    public async Task A_platform_admin_enters_and_confirms_2027_after_which_deadlines_run_into_it()
    {
        var anonymous = factory.Anonymous();
        const string acrossNewYear = "/api/calendar/add-working-days?from=2026-12-30&days=3";
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync(acrossNewYear)).StatusCode);

        var admin = await factory.SignInAsync("admin");
        var added = await admin.PostFormAsync(Page, $"{Page}?handler=Add", new() { ["date"] = "2027-01-01", ["kind"] = "off", ["name"] = "元旦" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"{Page}?year=2027&month=1", added.Headers.Location?.OriginalString);

        var month = await admin.GetStringAsync($"{Page}?year=2027&month=1");
        Assert.Contains("已录入：2027年1月1日（星期五） 元旦 放假。", month, StringComparison.Ordinal);
        Assert.Contains("请确认该年安排已完整录入", month, StringComparison.Ordinal);
        Assert.Contains("2027年：已录入 1 条。", month, StringComparison.Ordinal);
        Assert.Contains("confirmYear=2027", month, StringComparison.Ordinal);

        // Entered but not confirmed: a deadline still cannot run into 2027.
        var beforeConfirming = await anonymous.GetAsync(acrossNewYear);
        Assert.Equal(HttpStatusCode.BadRequest, beforeConfirming.StatusCode);
        Assert.Contains("尚未载入2027年", await beforeConfirming.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var confirmation = await admin.GetStringAsync($"{Page}?year=2027&month=1&confirmYear=2027");
        Assert.Contains("确认2027年安排已完整录入", confirmation, StringComparison.Ordinal);
        Assert.Contains("name=\"year\" value=\"2027\"", confirmation, StringComparison.Ordinal);

        var confirmed = await admin.PostFormAsync(Page, $"{Page}?handler=ConfirmYear", new() { ["year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Equal("""{"from":"2026-12-30","days":3,"due":"2027-01-05"}""", await anonymous.GetStringAsync(acrossNewYear));
        Assert.Equal("""{"date":"2027-01-01","workingDay":false}""", await anonymous.GetStringAsync("/api/calendar/is-working-day?date=2027-01-01"));

        var after = await admin.GetStringAsync($"{Page}?year=2027&month=1");
        Assert.Contains("已确认2027年的安排完整录入", after, StringComparison.Ordinal);
        Assert.Contains("2027年：由平台管理员于", after, StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var year = await db.CalendarYears.SingleAsync(y => y.Year == 2027);
        Assert.Equal("平台管理员", year.ConfirmedBy);
        var arrangement = await db.CalendarArrangements.SingleAsync(a => a.Date == new DateOnly(2027, 1, 1));
        Assert.True(arrangement.IsOffDay);
        Assert.Equal("元旦", arrangement.Name);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "CalendarYear"));
    }

    [Fact]
    public async Task Overriding_an_official_date_changes_the_api_answer_until_it_is_deleted()
    {
        var anonymous = factory.Anonymous();
        const string monday = "/api/calendar/is-working-day?date=2024-10-07";
        Assert.Equal("""{"date":"2024-10-07","workingDay":false}""", await anonymous.GetStringAsync(monday));

        var admin = await factory.SignInAsync("admin");
        var added = await admin.PostFormAsync(Page, $"{Page}?handler=Add", new() { ["date"] = "2024-10-07", ["kind"] = "work", ["name"] = "国庆节" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var notice = await admin.GetStringAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("已更正官方数据：2024年10月7日（星期一）原为“国庆节 放假”，现为“国庆节 调休上班”。", notice, StringComparison.Ordinal);
        Assert.Contains("管理员更正", notice, StringComparison.Ordinal);

        Assert.Equal("""{"date":"2024-10-07","workingDay":true}""", await anonymous.GetStringAsync(monday));
        Assert.Equal(
            """{"from":"2024-09-30","days":1,"due":"2024-10-07"}""",
            await anonymous.GetStringAsync("/api/calendar/add-working-days?from=2024-09-30&days=1"));

        var confirmation = await admin.GetStringAsync($"{Page}?year=2024&month=10&delete=2024-10-07");
        Assert.Contains("确认删除", confirmation, StringComparison.Ordinal);
        Assert.Contains("删除后该日恢复为官方数据“国庆节 放假”", confirmation, StringComparison.Ordinal);

        var deleted = await admin.PostFormAsync(Page, $"{Page}?handler=Delete", new() { ["date"] = "2024-10-07" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("""{"date":"2024-10-07","workingDay":false}""", await anonymous.GetStringAsync(monday));
    }

    [Fact]
    public async Task The_month_view_marks_holidays_make_up_days_and_weekends()
    {
        var admin = await factory.SignInAsync("admin");
        var html = await admin.GetStringAsync($"{Page}?year=2024&month=10");

        Assert.Contains("<table class=\"calendar-month\">", html, StringComparison.Ordinal);
        foreach (var weekday in new[] { "一", "二", "三", "四", "五", "六", "日" })
        {
            Assert.Contains($"abbr=\"星期{weekday}\">{weekday}</th>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<td class=\"off-day\">\n                            <time datetime=\"2024-10-01\">1</time>", Normalize(html), StringComparison.Ordinal);
        Assert.Contains("<td class=\"makeup-day\">\n                            <time datetime=\"2024-10-12\">12</time>", Normalize(html), StringComparison.Ordinal);
        Assert.Contains("<td class=\"muted\">\n                            <time datetime=\"2024-10-19\">19</time>", Normalize(html), StringComparison.Ordinal);
        Assert.Contains("调休上班", html, StringComparison.Ordinal);
        Assert.Contains("节假日", html, StringComparison.Ordinal);
        Assert.Contains("休息日", html, StringComparison.Ordinal);
        Assert.Contains("工作日", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/platform/calendar?year=2024&amp;month=9\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/platform/calendar?year=2024&amp;month=11\"", html, StringComparison.Ordinal);
        Assert.Contains("2007年至2026年：内置的官方数据。", html, StringComparison.Ordinal);
        Assert.Contains("2024年的节假日和调休安排", html, StringComparison.Ordinal);
        Assert.Contains("官方数据", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_a_year_with_nothing_entered_is_refused()
    {
        var admin = await factory.SignInAsync("admin");
        var response = await admin.PostFormAsync(Page, $"{Page}?handler=ConfirmYear", new() { ["year"] = "2029" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("尚未录入2029年的任何放假安排", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.Anonymous().GetAsync("/api/calendar/is-working-day?date=2029-05-01")).StatusCode);
    }

    [Fact]
    public async Task Confirming_an_official_year_is_refused()
    {
        var admin = await factory.SignInAsync("admin");
        var response = await admin.PostFormAsync(Page, $"{Page}?handler=ConfirmYear", new() { ["year"] = "2025" });

        Assert.Contains("2025年的安排来自内置的官方数据", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "off", "元旦", "id=\"add-date-error\">请填写日期")]
    [InlineData("2028-13-01", "off", "元旦", "id=\"add-date-error\">日期格式不正确")]
    [InlineData("2028-01-01", "maybe", "元旦", "id=\"add-kind-error\">请选择")]
    [InlineData("2028-01-01", "off", "", "id=\"add-error\">请填写节日名称")]
    [InlineData("2028-01-05", "work", "春节", "id=\"add-error\">2028年1月5日（星期三）本来就是工作日")]
    [InlineData("2024-10-01", "off", "国庆节", "id=\"add-error\">2024年10月1日在官方数据中已是同样的安排")]
    public async Task A_wrong_arrangement_is_refused_with_a_chinese_message(string date, string kind, string name, string expected)
    {
        var admin = await factory.SignInAsync("admin");
        var response = await admin.PostFormAsync(Page, $"{Page}?handler=Add", new() { ["date"] = date, ["kind"] = kind, ["name"] = name });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entering_the_same_date_again_replaces_the_administrators_entry()
    {
        var admin = await factory.SignInAsync("admin");
        await admin.PostFormAsync(Page, $"{Page}?handler=Add", new() { ["date"] = "2028-01-29", ["kind"] = "off", ["name"] = "春季" });
        var again = await admin.PostFormAsync(Page, $"{Page}?handler=Add", new() { ["date"] = "2028-01-29", ["kind"] = "off", ["name"] = "春节" });
        var html = await admin.GetStringAsync(again.Headers.Location!.OriginalString);

        Assert.Contains("已修改：2028年1月29日（星期六）由“春季 放假”改为“春节 放假”。", html, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.Equal("春节", (await factory.Db(scope).CalendarArrangements.SingleAsync(a => a.Date == new DateOnly(2028, 1, 29))).Name);
    }

    [Fact]
    public async Task Deleting_a_date_without_an_administrators_entry_is_refused()
    {
        var admin = await factory.SignInAsync("admin");
        var confirmation = await admin.GetStringAsync($"{Page}?year=2024&month=10&delete=2024-10-01");
        Assert.Contains("该日期没有管理员录入的安排", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("确认删除", confirmation, StringComparison.Ordinal);

        var response = await admin.PostFormAsync(Page, $"{Page}?handler=Delete", new() { ["date"] = "2024-10-01" });
        Assert.Contains("官方数据不能删除", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_user_who_is_not_a_platform_admin_is_refused(string method)
    {
        var agencyAdmin = await factory.SignInAsync("shandong-agencyadmin");
        var response = method == "GET"
            ? await agencyAdmin.GetAsync(Page)
            : await agencyAdmin.PostFormAsync("/admin/shandong", $"{Page}?handler=ConfirmYear", new() { ["year"] = "2027" });

        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal)),
            $"{(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await factory.Anonymous().GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Normalize(string html) => html.Replace("\r\n", "\n", StringComparison.Ordinal);
}
