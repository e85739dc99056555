using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Staff;

public sealed class PasswordModel(AgencyDirectory agencies, StaffMembers members, ResetStaffPassword reset)
    : StaffMemberPageModel(agencies, members)
{
    public async Task<IActionResult> OnGetAsync(string agency, Guid id) =>
        await LoadAsync(agency, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, string? password, string? confirmPassword)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        try
        {
            if (!await reset.HandleAsync(Agency.Id, id, password, confirmPassword, User, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        return Redirect($"{MemberUrl}?done=password");
    }
}
