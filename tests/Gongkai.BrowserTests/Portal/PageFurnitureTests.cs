using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Portal;

[Collection(nameof(BrowserCollection))]
public sealed class PageFurnitureTests(BrowserFixture browser)
{
    [Fact]
    public async Task Unknown_section_shows_a_Chinese_page_not_found()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        var response = await page.GotoAsync("/shandong/no-such-section");
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("页面不存在");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^页面不存在"));
    }

    [Fact]
    public async Task Footer_QR_code_of_the_page_is_about_96_pixels()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/shandong/");
        var box = await page.Locator(".page-qr svg").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Width, 90, 104);
        Assert.InRange(box.Height, 90, 104);
        await Expect(page.Locator(".page-qr [role=img]")).ToHaveAttributeAsync("aria-label", "本页地址二维码");
    }

    [Fact]
    public async Task Printed_page_leaves_out_navigation_and_forms_but_keeps_the_QR_code_and_link_addresses()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/shandong/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator(".portal-nav")).ToBeHiddenAsync();
        await Expect(page.Locator(".header-tools")).ToBeHiddenAsync();
        await Expect(page.Locator(".skip-link")).ToBeHiddenAsync();
        await Expect(page.Locator(".page-qr svg")).ToBeVisibleAsync();
        var after = await page.Locator("main a.card").First.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        Assert.Contains("/shandong/guide", after, StringComparison.Ordinal);
        var color = await page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).color");
        Assert.Equal("rgb(0, 0, 0)", color);
    }
}
