using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Account;

public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    public string? Error { get; private set; }
    public string UserName { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/admin";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        UserName = userName?.Trim() ?? "";
        ReturnUrl = SafeReturn(returnUrl);
        if (UserName.Length == 0 || string.IsNullOrEmpty(password))
        {
            Error = "请输入用户名和密码。";
            return Page();
        }

        var user = await users.FindByNameAsync(UserName);
        if (user is null || user.Disabled)
        {
            Error = "用户名或密码不正确。";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        Error = result.IsLockedOut
            ? "密码错误次数过多，账号已被锁定，请15分钟后再试或联系管理员。"
            : "用户名或密码不正确。";
        return Page();
    }

    private static string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/admin";
}
