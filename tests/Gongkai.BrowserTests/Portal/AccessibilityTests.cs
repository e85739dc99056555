using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Portal;

[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static readonly TheoryData<string> PublicPages = new() { "/", "/shandong/", "/calendar/deadline", "/account/sign-in" };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Page_has_no_WCAG_2_1_AA_violations(string path)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await GoToAsync(page, path);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Page_in_large_text_has_no_WCAG_2_1_AA_violations(string path)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await browser.UseLargeTextAsync(context);
        await GoToAsync(page, path);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Page_fits_a_360px_phone_without_sideways_scrolling(string path)
    {
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        await GoToAsync(page, path);
        await AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        await SaveScreenshotAsync(page, path, "360");
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Page_in_large_text_fits_a_360px_phone_without_sideways_scrolling(string path)
    {
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        await browser.UseLargeTextAsync(context);
        await GoToAsync(page, path);
        await AssertNoHorizontalOverflowAsync(page);
        await SaveScreenshotAsync(page, path, "360-large");
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Page_loads_its_style_sheet_without_breaking_the_content_security_policy(string path)
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        var problems = PageProblems.Watch(page);
        await GoToAsync(page, path);
        await SaveScreenshotAsync(page, path, "1280");

        Assert.Empty(problems);
        // site.css is applied: the header has its colour and the CJK font stack is in use.
        var header = await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.Contains("linear-gradient", header, StringComparison.Ordinal);
        var font = await page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        Assert.Contains("Noto Sans CJK SC", font, StringComparison.Ordinal);
    }

    internal static async Task GoToAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET {path} → {response.Status}");
    }

    internal static async Task AssertNoHorizontalOverflowAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url}: 页面宽 {scrollWidth}px，超出视口 {width}px");
    }

    internal static async Task SaveScreenshotAsync(IPage page, string path, string suffix)
    {
        if (BrowserFixture.ScreenshotFolder is not { } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var name = path.Trim('/').Replace('/', '-');
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, $"{(name.Length == 0 ? "home" : name)}-{suffix}.png"),
            FullPage = true,
        });
    }
}
