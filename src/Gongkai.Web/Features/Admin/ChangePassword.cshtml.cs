using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Admin;

public sealed class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    public bool Done { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? next, string? confirm)
    {
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next))
        {
            Errors = ["请填写原密码和新密码。"];
            return Page();
        }

        if (next != confirm)
        {
            Errors = ["两次输入的新密码不一致。"];
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => e.Description)];
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Done = true;
        return Page();
    }
}
