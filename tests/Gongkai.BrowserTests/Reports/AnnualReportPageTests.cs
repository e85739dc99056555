using System.Globalization;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Reports;

/// <summary>镇江's published annual reports (the demo's computed last year and the earlier year entered by hand) at desk and phone width.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AnnualReportPageTests(BrowserFixture browser)
{
    private static readonly string[] Headings =
    [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
    ];

    // The demo publishes last year's report and enters the year before by hand, both relative to today.
    private static int LastYear => Web.Platform.Calendar.ChineseDate.Today(TimeProvider.System).Year - 1;

    public static TheoryData<int> Years => new() { 1, 2 };

    [Fact]
    public async Task The_annual_report_list_names_both_demo_years_and_fits_a_360px_phone()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/zhenjiang/annual-reports");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
        await Expect(page.Locator($"a[href='/zhenjiang/annual-reports/{Year(LastYear)}']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"a[href='/zhenjiang/annual-reports/{Year(LastYear - 1)}']")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsAsync(page);

        await page.SetViewportSizeAsync(360, 740);
        await page.WaitForTimeoutAsync(300);
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public async Task A_published_report_shows_its_six_sections_and_three_tables_clean_at_1280_and_360px(int yearsAgo)
    {
        var path = $"/zhenjiang/annual-reports/{Year(LastYear + 1 - yearsAgo)}";
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, path);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
        await Expect(page.Locator(".annual-report h2")).ToHaveTextAsync(Headings);
        Assert.True(await page.Locator("section[aria-labelledby=s2] table").CountAsync() >= 1, "第二部分没有表格");
        await Expect(page.Locator("section[aria-labelledby=s3] table caption")).ToHaveTextAsync("收到和处理政府信息公开申请情况");
        await Expect(page.Locator("section[aria-labelledby=s4] table caption")).ToHaveTextAsync("政府信息公开行政复议、行政诉讼情况");
        if (yearsAgo == 2)
        {
            await Expect(page.Locator(".report-meta")).ToContainTextAsync("手工录入");
        }

        await Axe.AssertNoViolationsAsync(page);
        await AccessibilityTests.SaveScreenshotAsync(page, path, "1280");

        await page.SetViewportSizeAsync(360, 740);
        await page.WaitForTimeoutAsync(300);
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        // The wide table of 三 scrolls inside its own container, which stays within the phone's width.
        var wrap = page.Locator("section[aria-labelledby=s3] .table-wrap");
        var box = await wrap.EvaluateAsync<double[]>("e => [e.getBoundingClientRect().right, e.scrollWidth, e.clientWidth]");
        Assert.True(box[0] <= 360, $"表格容器超出屏幕：{box[0]}");
        Assert.True(box[1] > box[2], "三的表格在360px下应在容器内横向滚动");
        await AccessibilityTests.SaveScreenshotAsync(page, path, "360");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
