using System.Net;
using System.Text;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Audit;

public sealed class AuditLogTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Log = "/admin/zhenjiang/manage/audit";
    private const string Profile = "/admin/zhenjiang/manage/profile";

    private static Dictionary<string, string> ZhenjiangProfile(string phone) => new()
    {
        ["fullName"] = "镇江市人力资源和社会保障局",
        ["shortName"] = "镇江市人社局",
        ["creditCode"] = "11321100MB3456789R",
        ["address"] = "江苏省镇江市京口区示例路3号",
        ["phone"] = phone,
        ["officeHours"] = "工作日 上午8:30-12:00，下午14:00-17:30",
        ["disclosureOfficeContact"] = "镇江市人社局办公室，电话 0511-00000002",
    };

    /// <summary>Changes the phone and adds a department, each once per test class, so the log has known lines.</summary>
    private async Task<StaffClient> AdminWithHistoryAsync()
    {
        var client = await factory.SignInAsync("zhenjiang-agencyadmin");
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        if (!await db.AuditEntries.AnyAsync(e => e.Changes.Contains("0511-66668888")))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Profile, Profile, ZhenjiangProfile("0511-66668888"))).StatusCode);
            const string Departments = "/admin/zhenjiang/manage/departments";
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Departments, Departments, new() { ["name"] = "审计测试科", ["sortOrder"] = "" })).StatusCode);
        }

        return client;
    }

    [Fact]
    public async Task The_log_shows_who_changed_which_field_from_what_to_what()
    {
        var client = await AdminWithHistoryAsync();
        var html = await client.GetStringAsync(Log);
        Assert.Contains("<table class=\"data audit-log\">", html, StringComparison.Ordinal);
        Assert.Contains("镇江市人社局机关管理员", html, StringComparison.Ordinal);
        Assert.Contains("<span>联系电话</span>：由“<del>0511-00000001</del>”改为“<ins>0511-66668888</ins>”", html, StringComparison.Ordinal);
        Assert.Contains("POST /admin/zhenjiang/manage/profile", html, StringComparison.Ordinal);

        // Newest first: the department was added after the phone was changed.
        Assert.True(html.IndexOf("审计测试科", StringComparison.Ordinal) < html.IndexOf("0511-66668888", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_log_is_filtered_by_entity_type_operation_actor_and_date()
    {
        var client = await AdminWithHistoryAsync();

        var agencies = await client.GetStringAsync($"{Log}?entityType=Agency&operation=修改");
        Assert.Contains("0511-66668888", agencies, StringComparison.Ordinal);
        Assert.DoesNotContain("审计测试科", agencies, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Agency\" selected=\"selected\">机关</option>", agencies, StringComparison.Ordinal);

        var added = await client.GetStringAsync($"{Log}?operation=新增");
        Assert.Contains("审计测试科", added, StringComparison.Ordinal);
        Assert.DoesNotContain("0511-66668888", added, StringComparison.Ordinal);

        var byActor = await client.GetStringAsync($"{Log}?actor=无此人");
        Assert.Contains("没有符合条件的记录。", byActor, StringComparison.Ordinal);

        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("0511-66668888", await client.GetStringAsync($"{Log}?from={today}&to={today}"), StringComparison.Ordinal);
        var past = await client.GetStringAsync($"{Log}?from=2020-01-01&to=2020-12-31");
        Assert.Contains("没有符合条件的记录。", past, StringComparison.Ordinal);
        Assert.Contains("value=\"2020-01-01\"", past, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_date_range_is_explained_in_Chinese()
    {
        var client = await AdminWithHistoryAsync();
        var html = await client.GetStringAsync($"{Log}?from=2026-03-01&to=2026-02-01");
        Assert.Contains("开始日期不能晚于结束日期。", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("格式不正确", await client.GetStringAsync($"{Log}?from=2026年3月1日"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_byte_order_mark_and_follows_the_filter()
    {
        var client = await AdminWithHistoryAsync();
        var response = await client.GetAsync($"{Log}/export?entityType=Agency");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("时间,操作人,对象类型,对象编号,操作,请求,变更内容", lines[0]);
        var phone = Assert.Single(lines, l => l.Contains("0511-66668888", StringComparison.Ordinal));
        Assert.Contains("镇江市人社局机关管理员,机关,", phone, StringComparison.Ordinal);
        Assert.Contains("联系电话：由“0511-00000001”改为“0511-66668888”", phone, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("审计测试科", StringComparison.Ordinal));

        var all = Encoding.UTF8.GetString(await client.Http.GetByteArrayAsync(new Uri($"{Log}/export", UriKind.Relative)));
        Assert.Contains("审计测试科", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cell_that_a_spreadsheet_would_run_as_a_formula_is_defused_in_the_csv()
    {
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var shanghai = await db.Agencies.Where(a => a.Code == "shanghai").Select(a => a.Id).SingleAsync();
            db.AuditEntries.Add(new Gongkai.Web.Platform.Audit.AuditEntry(
                DateTime.UtcNow, null, "=HYPERLINK(\"http://example.com\",\"点我\")", shanghai, "POST /test", "Department", "x", "新增", "{\"Name\":{\"before\":null,\"after\":\"逗号,和\\\"引号\\\"\"}}"));
            await db.SaveChangesAsync();
        }

        var admin = await factory.SignInAsync("admin");
        var csv = Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync(new Uri("/admin/shanghai/manage/audit/export", UriKind.Relative)));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点我\"\")\",处室,", csv, StringComparison.Ordinal);
        Assert.Contains("\"名称：逗号,和\"\"引号\"\"\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_api_returns_the_total_and_the_items_with_their_changes()
    {
        var client = await AdminWithHistoryAsync();
        var response = await client.GetAsync("/api/admin/zhenjiang/manage/audit?page=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var items = root.GetProperty("items").EnumerateArray().ToList();
        var total = root.GetProperty("total").GetInt32();
        Assert.True(total >= 2);
        Assert.Equal(Math.Min(total, 50), items.Count);
        var phone = Assert.Single(items, i => i.GetProperty("entityType").GetString() == "Agency"
            && i.GetProperty("changes").TryGetProperty("Phone", out _));
        Assert.Equal("修改", phone.GetProperty("operation").GetString());
        Assert.Equal("镇江市人社局机关管理员", phone.GetProperty("actorName").GetString());
        Assert.Equal("0511-00000001", phone.GetProperty("changes").GetProperty("Phone").GetProperty("before").GetString());
        Assert.Equal("0511-66668888", phone.GetProperty("changes").GetProperty("Phone").GetProperty("after").GetString());
        Assert.EndsWith("+08:00", phone.GetProperty("at").GetString(), StringComparison.Ordinal);

        var past = await client.GetStringAsync("/api/admin/zhenjiang/manage/audit?from=2020-01-01&to=2020-01-31");
        using var empty = JsonDocument.Parse(past);
        Assert.Equal(0, empty.RootElement.GetProperty("total").GetInt32());
        Assert.Empty(empty.RootElement.GetProperty("items").EnumerateArray());

        var wrong = await client.GetAsync("/api/admin/zhenjiang/manage/audit?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("开始日期格式不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_refuses_anonymous_callers_other_agencies_and_non_administrators()
    {
        await AdminWithHistoryAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().GetAsync("/api/admin/zhenjiang/manage/audit")).StatusCode);
        var drafter = await factory.SignInAsync("zhenjiang-drafter");
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.GetAsync("/api/admin/zhenjiang/manage/audit")).StatusCode);
        var beijing = await factory.SignInAsync("beijing-agencyadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await beijing.GetAsync("/api/admin/zhenjiang/manage/audit")).StatusCode);
    }

    [Fact]
    public async Task An_agency_sees_only_its_own_log()
    {
        await AdminWithHistoryAsync();
        var beijing = await factory.SignInAsync("beijing-agencyadmin");
        var html = await beijing.GetStringAsync("/admin/beijing/manage/audit");
        Assert.DoesNotContain("0511-66668888", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0511-66668888", await beijing.GetStringAsync("/admin/beijing/manage/audit/export"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_shows_fifty_entries_a_page_newest_first()
    {
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var hunjiang = await db.Agencies.Where(a => a.Code == "hunjiang").Select(a => a.Id).SingleAsync();
            var now = DateTime.UtcNow;
            for (var i = 0; i < 60; i++)
            {
                db.AuditEntries.Add(new Gongkai.Web.Platform.Audit.AuditEntry(
                    now.AddMinutes(-i), null, $"分页测试{i:00}", hunjiang, "POST /test", "Department", $"d{i:00}", "修改", "{}"));
            }

            await db.SaveChangesAsync();
        }

        var client = await factory.SignInAsync("hunjiang-agencyadmin");
        var first = await client.GetStringAsync("/admin/hunjiang/manage/audit?actor=分页测试");
        Assert.Equal(50, Count(first, "<time datetime="));
        Assert.Contains("共60条，第1/2页", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("分页测试00", StringComparison.Ordinal) < first.IndexOf("分页测试01", StringComparison.Ordinal));
        Assert.DoesNotContain("分页测试55", first, StringComparison.Ordinal);
        Assert.Contains("page=2", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync("/admin/hunjiang/manage/audit?actor=分页测试&page=2");
        Assert.Equal(10, Count(second, "<time datetime="));
        Assert.Contains("分页测试59", second, StringComparison.Ordinal);

        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/admin/hunjiang/manage/audit?actor=分页测试&page=2"));
        Assert.Equal(60, api.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(10, api.RootElement.GetProperty("items").GetArrayLength());
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task The_log_cannot_be_changed_through_the_web()
    {
        var client = await AdminWithHistoryAsync();
        int before;
        await using (var scope = factory.Scope())
        {
            before = await factory.Db(scope).AuditEntries.CountAsync();
        }

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PostFormAsync(Log, Log, [])).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PostFormAsync(Log, $"{Log}/export", [])).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.Http.DeleteAsync(new Uri("/api/admin/zhenjiang/manage/audit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.Http.PostAsync(new Uri("/api/admin/zhenjiang/manage/audit", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);

        await using (var scope = factory.Scope())
        {
            Assert.Equal(before, await factory.Db(scope).AuditEntries.CountAsync());
        }
    }
}
