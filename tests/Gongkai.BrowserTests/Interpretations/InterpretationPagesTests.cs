using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Interpretations;

/// <summary>
/// A reader on a phone follows the demo's 政策解读 column to a published 政策问答, then to the document it explains,
/// which shows its 1+2+X; every page on the way is axe-clean and fits 360px, and the desk view is axe-clean too.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class InterpretationPagesTests(BrowserFixture browser)
{
    private const string QuestionsTitle = "《镇江市失业保险稳岗返还经办规程》政策问答";
    private const string DocumentTitle = "关于印发《镇江市失业保险稳岗返还经办规程》的通知";

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 900)]
    public async Task A_published_interpretation_and_the_document_showing_its_1_2_X_are_clean_and_fit_the_screen(int width, int height)
    {
        var (context, page) = await browser.NewPageAsync(width, height);
        await using var _ = context;

        await AccessibilityTests.GoToAsync(page, "/zhenjiang/interpretations");
        await AssertCleanAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = QuestionsTitle, Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(QuestionsTitle);
        await Expect(page.GetByText("单位需要提出申请吗？", new() { Exact = true })).ToBeVisibleAsync();
        await AssertCleanAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = DocumentTitle, Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DocumentTitle);
        var status = page.Locator("dl.interpretation-status");
        await Expect(status.Locator("dd[data-form=PressRelease]")).ToHaveTextAsync("✓");
        await Expect(status.Locator("dd[data-form=QuestionsAndAnswers]")).ToHaveTextAsync("✓");
        await Expect(status).ToContainTextAsync("图解");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = QuestionsTitle, Exact = true })).ToBeVisibleAsync();
        await AssertCleanAsync(page);
    }

    private static async Task AssertCleanAsync(IPage page)
    {
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }
}
