using System.Security.Claims;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Who reads an agency's statistics: the disclosure office (政务公开办, which runs applications and the annual report),
/// the agency administrator, and the leaders (分管领导) who answer for the agency's disclosure work; platform
/// administrators read every agency's and the platform's. Drafters, reviewers and handlers see their own lists: the
/// agency-wide figures are management information, not part of their work. The route's policy has already refused
/// staff of another agency.
/// </summary>
public static class StatisticsAccess
{
    public const string ForbiddenMessage = "统计分析仅供政务公开办、机关管理员和分管领导查看。";

    public static readonly IReadOnlyList<string> Roles = [StaffRole.DisclosureOfficer, StaffRole.AgencyAdmin, StaffRole.Leader];

    public static bool CanView(ClaimsPrincipal user, Guid agencyId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actor = user.ToStaffActor(agencyId);
        return user.IsPlatformAdmin() || Roles.Any(actor.Holds);
    }
}
