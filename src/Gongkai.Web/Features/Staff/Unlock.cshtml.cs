using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Staff;

public sealed class UnlockModel(AgencyDirectory agencies, StaffMembers members, UnlockStaffMember unlock)
    : StaffMemberPageModel(agencies, members)
{
    public async Task<IActionResult> OnGetAsync(string agency, Guid id) =>
        await LoadAsync(agency, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string agency, Guid id)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        try
        {
            if (!await unlock.HandleAsync(Agency.Id, id, User, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        return Redirect($"{MemberUrl}?done=unlocked");
    }
}
