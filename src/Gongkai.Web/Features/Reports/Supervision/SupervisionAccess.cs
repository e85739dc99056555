using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>
/// Who sees which deadlines: the disclosure office, the agency administrator and the leaders oversee the agency and see
/// all of its deadlines; every other member of staff sees only those they answer for (我的待办期限).
/// </summary>
public static class SupervisionAccess
{
    public static readonly IReadOnlyList<string> OverseeingRoles = [StaffRole.DisclosureOfficer, StaffRole.AgencyAdmin, StaffRole.Leader];

    public static bool SeesWholeAgency(StaffActor actor, bool isPlatformAdmin)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return isPlatformAdmin || OverseeingRoles.Any(actor.Holds);
    }
}
