using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Reports;

[Collection(nameof(BrowserCollection))]
public sealed class StatisticsPageTests(BrowserFixture browser)
{
    private const string Page = "/admin/shandong/statistics";

    [Theory]
    [InlineData("shandong-leader")]
    [InlineData("shandong-disclosureofficer")]
    public async Task Every_chart_is_drawn_beside_its_table_without_breaking_the_content_security_policy(string userName)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await StaffSignIn.SignInAsync(page, userName);
        var problems = PageProblems.Watch(page);

        await AccessibilityTests.GoToAsync(page, Page);

        var charts = page.Locator(".chart[data-table]");
        var count = await charts.CountAsync();
        // Every table with rows has its chart (a table with none, say no categories in the range, has nothing to draw).
        var tablesWithRows = await page.Locator(".chart-pair table:has(tbody tr)").CountAsync();
        Assert.True(count >= 9, $"只有{count}个图表");
        Assert.Equal(tablesWithRows, count);
        for (var i = 0; i < count; i++)
        {
            var chart = charts.Nth(i);
            await Expect(chart.Locator("canvas, svg").First).ToBeVisibleAsync();
            var table = await chart.GetAttributeAsync("data-table");
            await Expect(page.Locator($"table#{table}")).ToBeVisibleAsync();
        }

        await Expect(page.Locator(".admin-nav a[aria-current=page]")).ToHaveTextAsync("统计分析");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_statistics_page_has_no_WCAG_2_1_AA_violations_and_fits_a_360px_phone()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await StaffSignIn.SignInAsync(page, "shandong-leader");
        await AccessibilityTests.GoToAsync(page, Page);
        await Expect(page.Locator(".chart.drawn canvas").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
        await AccessibilityTests.SaveScreenshotAsync(page, Page, "1280");

        await page.SetViewportSizeAsync(360, 740);
        await page.WaitForTimeoutAsync(300);
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        var chartWidth = await page.Locator(".chart.drawn").First.EvaluateAsync<int>("e => e.getBoundingClientRect().width");
        Assert.InRange(chartWidth, 200, 360);
        await AccessibilityTests.SaveScreenshotAsync(page, Page, "360");
    }

    [Fact]
    public async Task The_platform_page_draws_its_charts_and_fits_a_360px_phone()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await StaffSignIn.SignInAsync(page, "admin");
        await AccessibilityTests.GoToAsync(page, "/admin/platform/statistics");
        await Expect(page.Locator(".chart.drawn canvas").First).ToBeVisibleAsync();
        await Expect(page.Locator("table#agencies")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.SetViewportSizeAsync(360, 740);
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Without_javascript_the_tables_carry_every_figure_and_no_empty_chart_takes_room()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Server.RootUri.ToString().TrimEnd('/'),
            Locale = "zh-CN",
            JavaScriptEnabled = false,
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await StaffSignIn.SignInAsync(page, "shandong-disclosureofficer");
        await AccessibilityTests.GoToAsync(page, Page);

        await Expect(page.Locator("table#documents-per-month")).ToBeVisibleAsync();
        await Expect(page.Locator("table#applications-by-channel caption")).ToHaveTextAsync("按提交方式统计收到的申请");
        Assert.Equal(0, await page.Locator(".chart canvas").CountAsync());
        var height = await page.Locator(".chart").First.EvaluateAsync<int>("e => e.getBoundingClientRect().height");
        Assert.Equal(0, height);
    }
}
