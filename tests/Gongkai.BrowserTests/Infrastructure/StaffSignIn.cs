using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>Signing in through the form, as a member of staff would.</summary>
public static class StaffSignIn
{
    public const string Password = Gongkai.Web.Platform.Demo.DemoData.Password;

    public static async Task FillAndSubmitAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }

    public static async Task SignInAsync(IPage page, string userName, string password = Password)
    {
        await FillAndSubmitAsync(page, userName, password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin(/|$)"));
    }
}
