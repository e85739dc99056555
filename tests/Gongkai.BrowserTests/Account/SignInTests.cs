using Gongkai.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.BrowserTests.Account;

[Collection(nameof(BrowserCollection))]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task Wrong_password_shows_a_Chinese_error_and_stays_on_the_sign_in_page()
    {
        var (context, page) = await browser.NewPageAsync();
        await using var _ = context;
        await StaffSignIn.FillAndSubmitAsync(page, "zhenjiang-agencyadmin", "not-the-password-1");

        await Expect(page.Locator("#sign-in-error")).ToHaveTextAsync("用户名或密码不正确。");
        await Expect(page.Locator("#userName")).ToHaveValueAsync("zhenjiang-agencyadmin");
        Assert.EndsWith("/account/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
    }
}
