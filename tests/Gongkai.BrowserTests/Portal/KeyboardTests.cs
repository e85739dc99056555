using Gongkai.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Portal;

[Collection(nameof(BrowserCollection))]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task First_Tab_focuses_the_skip_link_and_Enter_moves_focus_to_the_main_content()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/shandong/");

        var skipLink = page.Locator("a.skip-link");
        var box = await skipLink.BoundingBoxAsync();
        Assert.True(box is null || box.Y + box.Height <= 0, "跳过链接在获得焦点前应当不可见");

        await page.Keyboard.PressAsync("Tab");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveTextAsync("跳到主要内容");
        box = await skipLink.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Height > 0, "获得焦点的跳过链接应当显示在页面顶部");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Every_link_and_button_shows_a_focus_outline_when_reached_by_Tab()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/shandong/");
        var count = await page.Locator("a[href], button, input:not([type=hidden]), select, textarea").CountAsync();
        Assert.True(count > 10);

        for (var i = 0; i < count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                """
                () => {
                  const e = document.activeElement;
                  const s = getComputedStyle(e);
                  return [e.outerHTML.slice(0, 80), s.outlineStyle, s.outlineWidth];
                }
                """);
            Assert.True(focus[1] != "none" && float.Parse(focus[2].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2,
                $"焦点轮廓不可见：{focus[0]}（outline {focus[1]} {focus[2]}）");
        }
    }
}
