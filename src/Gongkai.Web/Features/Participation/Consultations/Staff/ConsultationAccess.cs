using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using System.Security.Claims;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>The agency of a back-office consultation page and what the signed-in member of staff may do there.</summary>
internal sealed class ConsultationAccess(AgencyDirectory agencies)
{
    /// <summary>The agency and the actor, or null for an unknown agency.</summary>
    public async Task<(Agency Agency, StaffActor Actor)?> ForAsync(string agencyCode, ClaimsPrincipal user)
    {
        var agency = await agencies.FindAsync(agencyCode);
        return agency is null ? null : (agency, user.ToStaffActor(agency.Id));
    }

    /// <summary>Any role of the agency reads the list; a visitor from elsewhere holds none.</summary>
    public static bool CanRead(StaffActor actor) => actor.Roles.Count > 0;

    public static bool CanDraft(StaffActor actor) => ConsultationWorkflow.MayDraft(actor.Roles);

    public static bool CanModerate(StaffActor actor) => ConsultationWorkflow.MayModerate(actor.Roles);
}
