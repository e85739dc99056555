using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Staff;

/// <summary>The pages about one member of staff: the route's agency and that member of it, or not found.</summary>
public abstract class StaffMemberPageModel(AgencyDirectory agencies, StaffMembers members) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public StaffMember Member { get; private set; } = null!;
    public string? Error { get; protected set; }

    public string ListUrl => $"/admin/{Agency.Code}/manage/staff";
    public string MemberUrl => $"{ListUrl}/{Member.User.Id}";

    /// <summary>Whether the signed-in administrator may change this account at all (see <see cref="StaffRules.EnsureMayManage"/>).</summary>
    public bool MayManage => User.IsPlatformAdmin() || !Member.Roles.Contains(StaffRole.PlatformAdmin);

    public bool IsSelf => User.GetUserId() == Member.User.Id;

    protected StaffMembers Members => members;

    protected async Task<bool> LoadAsync(string agency, Guid id)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return false;
        }

        var member = await members.FindAsync(found.Id, id, HttpContext.RequestAborted);
        if (member is null)
        {
            return false;
        }

        Agency = found;
        Member = member;
        return true;
    }
}
