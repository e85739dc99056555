using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Reports.Supervision;

[Collection(nameof(BrowserCollection))]
public sealed class SupervisionPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_supervision_list_filters_without_script_is_axe_clean_and_fits_a_360px_phone()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await StaffSignIn.SignInAsync(page, "shandong-disclosureofficer");

        await AccessibilityTests.GoToAsync(page, "/admin/shandong/supervision");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("电子监察");
        await Expect(page.Locator(".admin-nav a[aria-current=page]")).ToHaveTextAsync("电子监察");
        await page.Locator("#status").SelectOptionAsync("overdue");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=overdue"));
        await Axe.AssertNoViolationsAsync(page);

        await page.SetViewportSizeAsync(360, 740);
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);

        await AccessibilityTests.GoToAsync(page, "/admin/shandong/supervision/digest");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("督办提醒");
        await Axe.AssertNoViolationsAsync(page);
    }
}
