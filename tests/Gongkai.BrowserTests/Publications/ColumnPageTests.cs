using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Publications;

[Collection(nameof(BrowserCollection))]
public sealed class ColumnPageTests(BrowserFixture browser)
{
    public static readonly TheoryData<string> Pages = new() { "guide", "catalog", "category", "category page 2", "document", "normative document", "normative", "home" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_1_AA_violations(string which)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, await PathOfAsync(which));
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_fits_a_360px_phone_without_sideways_scrolling(string which)
    {
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        var path = await PathOfAsync(which);
        await AccessibilityTests.GoToAsync(page, path);
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        await AccessibilityTests.SaveScreenshotAsync(page, $"publications-{which.Replace(' ', '-')}", "360");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_in_large_text_fits_a_360px_phone_and_has_no_violations(string which)
    {
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        await browser.UseLargeTextAsync(context);
        await AccessibilityTests.GoToAsync(page, await PathOfAsync(which));
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_loads_its_styles_without_breaking_the_content_security_policy(string which)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        var problems = PageProblems.Watch(page);
        await AccessibilityTests.GoToAsync(page, await PathOfAsync(which));
        await AccessibilityTests.SaveScreenshotAsync(page, $"publications-{which.Replace(' ', '-')}", "1280");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_filter_form_works_without_JavaScript()
    {
        var column = await PublishedColumn.OfAsync(browser);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Server.RootUri.ToString().TrimEnd('/'),
            JavaScriptEnabled = false,
            Locale = "zh-CN",
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await AccessibilityTests.GoToAsync(page, $"/{column.Code}/catalog/employment");
        await page.GetByLabel("发布年份").SelectOptionAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"year=2022"));
        await Expect(page.GetByTestId("result-total")).ToHaveTextAsync("5");
        await Expect(page.Locator(".doc-list li")).ToHaveCountAsync(5);
    }

    [Fact]
    public async Task A_reader_goes_from_the_catalog_to_a_document_and_its_attachment()
    {
        var column = await PublishedColumn.OfAsync(browser);
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, $"/{column.Code}/catalog");
        await page.GetByRole(AriaRole.Link, new() { Name = "就业创业" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("就业创业");
        await page.GetByRole(AriaRole.Link, new() { Name = "经办规程（试行）》的通知" }).ClickAsync();
        await Expect(page.Locator("table.doc-info")).ToContainTextAsync("浏人社规〔2025〕12号");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "附件1：城乡居民基本养老保险经办规程（试行）.pdf" }).ClickAsync());
        Assert.Equal("附件1：城乡居民基本养老保险经办规程（试行）.pdf", download.SuggestedFilename);
    }

    private async Task<string> PathOfAsync(string which)
    {
        var column = await PublishedColumn.OfAsync(browser);
        return which switch
        {
            "guide" => $"/{column.Code}/guide",
            "catalog" => $"/{column.Code}/catalog",
            "category" => $"/{column.Code}/catalog/employment",
            "category page 2" => $"/{column.Code}/catalog/employment?page=2",
            "document" => $"/{column.Code}/documents/{column.Document}",
            "normative document" => $"/{column.Code}/documents/{column.Normative}",
            "normative" => $"/{column.Code}/normative",
            "home" => $"/{column.Code}/",
            _ => throw new ArgumentOutOfRangeException(nameof(which)),
        };
    }
}
