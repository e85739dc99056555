using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Staff;

public sealed class EditModel(AgencyDirectory agencies, StaffMembers members, EditStaffMember edit, SignInManager<StaffUser> signIn)
    : StaffMemberPageModel(agencies, members)
{
    public StaffFieldsModel Fields { get; private set; } = null!;
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, string? done)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        await FieldsAsync(new StaffForm
        {
            DisplayName = Member.User.DisplayName,
            Email = Member.User.Email,
            DepartmentId = Member.User.DepartmentId?.ToString(),
            Roles = [.. Member.Roles],
        });
        Notice = done switch
        {
            "created" => "账号已创建。请将用户名和初始密码告知本人，并提醒其登录后修改密码。",
            "saved" => "已保存。",
            "password" => "密码已重置。请将新密码告知本人，并提醒其登录后修改。",
            "unlocked" => "已解除锁定，该账号可以重新登录。",
            "disabled" => "账号已停用，不能再登录。",
            "enabled" => "账号已启用，可以登录。",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] StaffForm form)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        try
        {
            var user = await edit.HandleAsync(Agency.Id, id, form, User, HttpContext.RequestAborted);
            if (user is null)
            {
                return NotFound();
            }

            if (IsSelf)
            {
                // Their own roles or name changed: renew their cookie now instead of at the next stamp check.
                await signIn.RefreshSignInAsync(user);
            }
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            await FieldsAsync(form);
            return Page();
        }

        return Redirect($"{MemberUrl}?done=saved");
    }

    private async Task FieldsAsync(StaffForm form)
    {
        var departments = await Members.DepartmentsAsync(Agency.Id, HttpContext.RequestAborted);
        Fields = new StaffFieldsModel(form, departments, StaffRules.GrantableRoles(User.IsPlatformAdmin()));
    }
}
