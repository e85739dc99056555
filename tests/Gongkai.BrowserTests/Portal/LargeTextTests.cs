using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Portal;

[Collection(nameof(BrowserCollection))]
public sealed partial class LargeTextTests(BrowserFixture browser)
{
    [Fact]
    public async Task Large_text_button_enlarges_the_text_and_the_choice_persists_after_reload_and_on_other_pages()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/shandong/");
        var html = page.Locator("html");
        await Expect(html).Not.ToHaveClassAsync(LargeText());
        var normal = await RootFontSizeAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "大字版（适老化）", Exact = true }).ClickAsync();
        await Expect(html).ToHaveClassAsync(LargeText());
        Assert.InRange(await RootFontSizeAsync(page) / normal, 1.2, 1.35);

        await page.ReloadAsync();
        await Expect(html).ToHaveClassAsync(LargeText());

        await AccessibilityTests.GoToAsync(page, "/");
        await Expect(html).ToHaveClassAsync(LargeText());

        await page.GetByRole(AriaRole.Button, new() { Name = "标准字号", Exact = true }).ClickAsync();
        await Expect(html).Not.ToHaveClassAsync(LargeText());
        Assert.Equal(normal, await RootFontSizeAsync(page));
    }

    private static async Task<double> RootFontSizeAsync(IPage page) =>
        await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");

    [GeneratedRegex(@"(^|\s)large-text(\s|$)")]
    private static partial Regex LargeText();
}
