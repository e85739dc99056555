using Gongkai.IntegrationTests.Participation.Mailbox;
using Gongkai.IntegrationTests.Reports.Supervision;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>条例第四十九条 on the dashboard: warned from 1 December, overdue after 31 January, gone once published.</summary>
public sealed class DashboardReminderTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    private const string Agency = "shandong";

    [Fact]
    public async Task The_dashboard_warns_from_1_December_marks_overdue_after_31_January_and_is_silent_once_published()
    {
        var year = ReminderSteps.NextYear(factory.Clock);

        // 30 November: the year before's report is published and this year's is not yet due.
        factory.MoveTo(new(year, 11, 30));
        await ReminderSteps.PublishByHandAsync(factory, Agency, year - 1);
        Assert.Null(await ReminderAsync());

        factory.MoveTo(new(year, 12, 1));
        var december = await ReminderAsync();
        Assert.NotNull(december);
        Assert.StartsWith($"{year}年度政府信息公开工作年度报告应于{year + 1}年1月31日前公布（条例第四十九条），尚未发布。", december.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("alert-success", december.ClassName, StringComparison.Ordinal);

        factory.MoveTo(new(year + 1, 1, 31));
        var lastDay = await ReminderAsync();
        Assert.NotNull(lastDay);
        Assert.DoesNotContain("已逾期", lastDay.TextContent, StringComparison.Ordinal);

        factory.MoveTo(new(year + 1, 2, 1));
        var overdue = await ReminderAsync();
        Assert.NotNull(overdue);
        Assert.StartsWith($"{year}年度政府信息公开工作年度报告应于{year + 1}年1月31日前公布，已逾期，尚未发布。", overdue.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("alert-error", overdue.ClassName, StringComparison.Ordinal);

        await ReminderSteps.PublishByHandAsync(factory, Agency, year);
        Assert.Null(await ReminderAsync());
    }

    private async Task<AngleSharp.Dom.IElement?> ReminderAsync()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        var page = MailboxSteps.Html(await office.GetStringAsync($"/admin/{Agency}"));
        return page.QuerySelector("[data-testid=dashboard-annual-report]");
    }
}
