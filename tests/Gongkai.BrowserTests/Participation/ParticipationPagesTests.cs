using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Participation;

/// <summary>The public pages of interpretations, consultations, the decision catalog and the mailbox, on a phone and a desk.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ParticipationPagesTests(BrowserFixture browser)
{
    public static readonly TheoryData<string> Pages = new()
    {
        "/shandong/interpretations",
        "/shandong/consultations",
        "/shandong/decisions",
        "/shandong/mailbox",
        "/shandong/mailbox/status",
        "/shandong/mailbox/replies",
        "/shandong/applications",
        "/shandong/applications/status",

        // The demo's content: comments, an adoption report, the catalog with its steps, published answers.
        "/zhenjiang/consultations",
        "/zhenjiang/decisions",
        "/zhenjiang/decisions?year=2024",
        "/zhenjiang/mailbox/replies",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_accessibility_violations_and_fits_a_360px_phone(string path)
    {
        var (phoneContext, phone) = await browser.NewPageAsync(width: 360, height: 740);
        await using (phoneContext)
        {
            await AccessibilityTests.GoToAsync(phone, path);
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
            await AccessibilityTests.AssertNoHorizontalOverflowAsync(phone);
            await Axe.AssertNoViolationsAsync(phone);
        }

        var (deskContext, desk) = await browser.NewPageAsync();
        await using (deskContext)
        {
            await AccessibilityTests.GoToAsync(desk, path);
            await Axe.AssertNoViolationsAsync(desk);
        }
    }

    [Fact]
    public async Task A_mailbox_form_with_errors_stays_accessible_and_keeps_what_was_typed()
    {
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/shandong/mailbox");
        var subject = page.Locator("#Subject");
        await subject.FillAsync("关于社保转移的咨询");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交留言", Exact = true }).ClickAsync();

        await Expect(subject).ToHaveValueAsync("关于社保转移的咨询");
        await Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_demo_consultation_with_its_adoption_report_is_clean_and_fits_a_360px_phone()
    {
        var (context, page) = await browser.NewPageAsync(width: 360, height: 740);
        await using var _ = context;
        await AccessibilityTests.GoToAsync(page, "/zhenjiang/consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "关于《镇江市失业保险稳岗返还经办规程（征求意见稿）》公开征求意见的公告", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("adoption-report")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("not-adopted")).ToHaveTextAsync("1");
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
    }
}
