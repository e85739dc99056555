using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Staff;

/// <summary>The confirmation step before an account is disabled or enabled again.</summary>
public sealed class StatusModel(AgencyDirectory agencies, StaffMembers members, SetStaffDisabled setDisabled)
    : StaffMemberPageModel(agencies, members)
{
    public async Task<IActionResult> OnGetAsync(string agency, Guid id) =>
        await LoadAsync(agency, id) ? Page() : NotFound();

    /// <param name="disable">What the confirmed form asked for; stated rather than toggled, so a repeated post does no harm.</param>
    public async Task<IActionResult> OnPostAsync(string agency, Guid id, bool disable)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        try
        {
            if (!await setDisabled.HandleAsync(Agency.Id, id, disable, User, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        return Redirect($"{MemberUrl}?done={(disable ? "disabled" : "enabled")}");
    }
}
