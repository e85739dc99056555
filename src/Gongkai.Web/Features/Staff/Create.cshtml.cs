using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Staff;

public sealed class CreateModel(AgencyDirectory agencies, StaffMembers members, CreateStaffMember create) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public StaffFieldsModel Fields { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency) =>
        await LoadAsync(agency, new StaffForm { Roles = [StaffRole.Drafter] }) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] StaffForm form)
    {
        if (!await LoadAsync(agency, form))
        {
            return NotFound();
        }

        try
        {
            var user = await create.HandleAsync(Agency.Id, form, User, HttpContext.RequestAborted);
            return Redirect($"/admin/{Agency.Code}/manage/staff/{user.Id}?done=created");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string code, StaffForm form)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        var departments = await members.DepartmentsAsync(found.Id, HttpContext.RequestAborted);
        Fields = new StaffFieldsModel(form, departments, StaffRules.GrantableRoles(User.IsPlatformAdmin()));
        return true;
    }
}
