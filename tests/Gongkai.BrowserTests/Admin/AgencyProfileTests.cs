using Gongkai.BrowserTests.Infrastructure;
using Gongkai.BrowserTests.Portal;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Admin;

[Collection(nameof(BrowserCollection))]
public sealed class AgencyProfileTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agency_admin_changes_the_phone_and_the_public_column_shows_the_new_number()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await StaffSignIn.SignInAsync(page, "shandong-agencyadmin");

        await AccessibilityTests.GoToAsync(page, "/admin/shandong/manage/profile");
        var phone = $"0531-8{Random.Shared.Next(0, 10_000_000):D7}";
        await page.Locator("#phone").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(page.GetByText("已保存。")).ToBeVisibleAsync();

        await AccessibilityTests.GoToAsync(page, "/shandong/");
        await Expect(page.Locator("[data-testid=agency-phone]")).ToHaveTextAsync(phone);
    }

    [Fact]
    public async Task Back_office_dashboard_has_no_WCAG_2_1_AA_violations_and_fits_a_360px_phone()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await StaffSignIn.SignInAsync(page, "shandong-agencyadmin");
        await AccessibilityTests.GoToAsync(page, "/admin/shandong");
        await Expect(page.Locator(".admin-nav a[aria-current=page]")).ToHaveTextAsync("工作台");
        await Axe.AssertNoViolationsAsync(page);
        await AccessibilityTests.SaveScreenshotAsync(page, "/admin/shandong", "1280");

        await page.SetViewportSizeAsync(360, 740);
        await AccessibilityTests.AssertNoHorizontalOverflowAsync(page);
        await Axe.AssertNoViolationsAsync(page);
        await AccessibilityTests.SaveScreenshotAsync(page, "/admin/shandong", "360");
    }
}
