using System.Net;
using Gongkai.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Reports.Statistics.StatisticsReading;

namespace Gongkai.IntegrationTests.Reports.Statistics;

/// <summary>
/// The figures of <see cref="StatisticsScenario"/>, on the page and in the workbook, against values worked out by hand
/// on the 2026 calendar.
/// </summary>
public sealed class StatisticsFiguresTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    private const string AgencyPage = "/admin/shandong/statistics";
    private const string PlatformPage = "/admin/platform/statistics";

    [Fact]
    public async Task The_agency_page_shows_the_quarter_as_counted_by_hand()
    {
        var leader = await fixture.Factory.SignInAsync("shandong-leader");
        var page = Html(await leader.GetStringAsync($"{AgencyPage}?{StatisticsScenario.Query}"));
        var scenario = fixture.Scenario;

        Assert.Contains("2026年4月1日至2026年6月30日", Figure(page, "range-described"), StringComparison.Ordinal);

        Assert.Equal("4", Figure(page, "documents-total"));
        Assert.Equal(new Dictionary<string, int> { ["2026年4月"] = 2, ["2026年5月"] = 1, ["2026年6月"] = 1 }, Counts(page, "documents-per-month"));
        var categories = Counts(page, "documents-per-category");
        Assert.Equal(new Dictionary<string, int> { [scenario.FirstCategory] = 3, [scenario.SecondCategory] = 1 }, categories);

        Assert.Equal("4", Figure(page, "applications-received"));
        var channels = Counts(page, "applications-by-channel");
        Assert.Equal(2, channels["当面提交"]);
        Assert.Equal(1, channels["邮政挂号/快递（需签收）"]);
        Assert.Equal(1, channels["传真"]);
        Assert.Equal(0, channels["互联网在线"]);
        Assert.Equal(0, channels["平常信函"]);
        var applicants = Counts(page, "applications-by-applicant");
        Assert.Equal(3, applicants["自然人"]);
        Assert.Equal(1, applicants["商业企业"]);
        Assert.Equal(4, applicants.Values.Sum());

        Assert.Equal("3", Figure(page, "applications-decided"));
        var groups = Counts(page, "applications-by-outcome-group");
        Assert.Equal(2, groups["予以公开"]);
        Assert.Equal(1, groups["不予公开"]);
        Assert.Equal(3, groups.Values.Sum());
        var outcomes = Counts(page, "applications-by-outcome");
        Assert.Equal(1, outcomes["不予公开：保护第三方合法权益"]);
        Assert.Equal(0, outcomes["不予公开：属于国家秘密"]);

        // Replies in the range: 20, 3, 39 and 1 working days; three on or before their due date.
        Assert.Equal("75.0%", Figure(page, "applications-share"));
        Assert.Equal("11.5", Figure(page, "applications-median"));
        Assert.Equal(new Dictionary<string, int> { ["在法定期限内答复"] = 3, ["超过期限答复"] = 1 }, Counts(page, "applications-timeliness"));

        Assert.Equal("3", Figure(page, "interpretations-policy"));
        Assert.Equal("2", Figure(page, "interpretations-interpreted"));
        Assert.Equal("1", Figure(page, "interpretations-in-time"));
        Assert.Equal("66.7%", Figure(page, "interpretations-share"));
        Assert.Equal("33.3%", Figure(page, "interpretations-in-time-share"));

        Assert.Equal("1", Figure(page, "consultations-opened"));
        Assert.Equal("4", Figure(page, "consultations-comments"));
        Assert.Equal(new Dictionary<string, int> { ["审核公开"] = 2, ["不予公开"] = 1, ["待审核"] = 1 }, Counts(page, "consultations-moderation"));
        Assert.Equal(new Dictionary<string, int> { ["采纳"] = 1, ["部分采纳"] = 1, ["不予采纳"] = 0 }, Counts(page, "consultations-adoption"));
        Assert.Equal("100.0%", Figure(page, "consultations-adoption-share"));

        // Messages: answered in 8 and 14 working days, the first in time; one waiting since 1 April.
        Assert.Equal("3", Figure(page, "mailbox-received"));
        Assert.Equal("2", Figure(page, "mailbox-answered"));
        Assert.Equal("1", Figure(page, "mailbox-within"));
        Assert.Equal("50.0%", Figure(page, "mailbox-share"));
        Assert.Equal("11", Figure(page, "mailbox-median"));
        Assert.Equal("1", Figure(page, "mailbox-over-three-months"));

        // Every chart has its table beside it, and the agency page has no per-agency table.
        var charts = page.QuerySelectorAll(".chart[data-table]");
        Assert.True(charts.Length >= 10);
        Assert.All(charts, c => Assert.NotNull(page.GetElementById(c.GetAttribute("data-table")!)));
        Assert.Null(page.GetElementById("agencies"));
    }

    [Fact]
    public async Task The_workbook_holds_the_same_figures_one_sheet_per_section_and_the_download_is_audited()
    {
        var officer = await fixture.Factory.SignInAsync("shandong-disclosureofficer");
        var page = await officer.GetStringAsync($"{AgencyPage}?{StatisticsScenario.Query}");
        Assert.Contains($"href=\"{AgencyPage}?handler=export&amp;from=2026-04-01&amp;to=2026-06-30\"", page, StringComparison.Ordinal);

        var response = await officer.GetAsync($"{AgencyPage}?handler=export&{StatisticsScenario.Query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var book = Workbook(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["说明", "文件发布", "依申请公开", "政策解读", "征求意见", "信箱"], book.Keys);
        Assert.Contains(book["说明"], r => r[0] == "统计区间" && r[1] == "2026年4月1日至2026年6月30日");
        Assert.Equal("4", Value(book, "文件发布", "发布文件", "合计"));
        Assert.Equal("2", Value(book, "文件发布", "按月", "2026年4月"));
        Assert.Equal("1", Value(book, "文件发布", "按月", "2026年6月"));
        Assert.Equal("3", Value(book, "文件发布", "按目录", fixture.Scenario.FirstCategory));
        Assert.Equal("2", Value(book, "依申请公开", "提交方式", "当面提交"));
        Assert.Equal("1", Value(book, "依申请公开", "申请人类型", "商业企业"));
        Assert.Equal("2", Value(book, "依申请公开", "办理结果", "予以公开（小计）"));
        Assert.Equal("1", Value(book, "依申请公开", "办理结果", "不予公开：保护第三方合法权益"));
        Assert.Equal("75.0%", Value(book, "依申请公开", "答复时效", "按期答复率"));
        Assert.Equal("11.5", Value(book, "依申请公开", "答复时效", "答复用时中位数（工作日）"));
        Assert.Equal("1", Value(book, "政策解读", "政策文件", "3个工作日内发布解读"));
        Assert.Equal("66.7%", Value(book, "政策解读", "政策文件", "解读率"));
        Assert.Equal("1", Value(book, "征求意见", "意见", "不予公开"));
        Assert.Equal("1", Value(book, "征求意见", "采纳情况", "部分采纳"));
        Assert.Equal("11", Value(book, "信箱", "来信", "答复用时中位数（工作日）"));
        Assert.Equal("1", Value(book, "信箱", "来信", "超过3个月未答复"));

        await using var scope = fixture.Factory.Scope();
        var audit = await fixture.Factory.Db(scope).Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == "导出统计数据" && e.EntityId == "shandong").ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("导出", entry.Operation);
        Assert.Contains("2026-04-01", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_page_counts_every_agency_and_lists_each_one()
    {
        var admin = await fixture.Factory.SignInAsync("admin");
        var page = Html(await admin.GetStringAsync($"{PlatformPage}?{StatisticsScenario.Query}"));

        Assert.Equal("4", Figure(page, "documents-total"));
        Assert.Equal("4", Figure(page, "mailbox-received"));
        Assert.Equal("2", Figure(page, "mailbox-answered"));
        Assert.Equal("2", Figure(page, "mailbox-over-three-months"));
        var agencies = Table(page, "agencies");
        var shandong = agencies["山东省人力资源和社会保障厅"];
        Assert.Equal(["4", "4", "4", "75.0%", "3", "2", "4", "3", "2"], shandong);
        Assert.Equal(["0", "0", "0", "—", "0", "0", "0", "1", "0"], agencies["北京市人力资源和社会保障局"]);

        var response = await admin.GetAsync($"{PlatformPage}?handler=export&{StatisticsScenario.Query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var book = Workbook(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("4", Value(book, "信箱", "来信", "收到来信"));
        Assert.Equal(["山东省人力资源和社会保障厅", "4", "4", "4", "75.0%", "3", "2", "4", "3", "2"], book["各机关"].Single(r => r[0] == "山东省人力资源和社会保障厅"));
    }

    [Fact]
    public async Task A_record_on_an_edge_counts_only_while_the_range_includes_its_day()
    {
        var leader = await fixture.Factory.SignInAsync("shandong-leader");

        var inner = Html(await leader.GetStringAsync($"{AgencyPage}?from=2026-04-02&to=2026-06-29"));
        Assert.Equal("2", Figure(inner, "documents-total"));
        Assert.Equal("3", Figure(inner, "applications-received"));
        Assert.Equal(new Dictionary<string, int> { ["在法定期限内答复"] = 2, ["超过期限答复"] = 0 }, Counts(inner, "applications-timeliness"));
        Assert.Equal("3", Figure(inner, "consultations-comments"));
        Assert.Equal("2", Figure(inner, "mailbox-received"));
        Assert.Equal("2", Figure(inner, "interpretations-policy"));

        var outer = Html(await leader.GetStringAsync($"{AgencyPage}?from=2026-03-31&to=2026-07-01"));
        Assert.Equal("6", Figure(outer, "documents-total"));
        Assert.Equal(new Dictionary<string, int> { ["2026年3月"] = 1, ["2026年4月"] = 2, ["2026年5月"] = 1, ["2026年6月"] = 1, ["2026年7月"] = 1 }, Counts(outer, "documents-per-month"));
        Assert.Equal("6", Figure(outer, "applications-received"));
        Assert.Equal("4", Figure(outer, "applications-decided"));
        Assert.Equal("2", Figure(outer, "consultations-opened"));
        Assert.Equal("5", Figure(outer, "consultations-comments"));
        Assert.Equal(new Dictionary<string, int> { ["采纳"] = 1, ["部分采纳"] = 1, ["不予采纳"] = 1 }, Counts(outer, "consultations-adoption"));
        Assert.Equal("4", Figure(outer, "mailbox-received"));
    }
}
