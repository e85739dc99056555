using System.Security.Claims;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>The agency of a back-office report page and what the signed-in member of staff may do there.</summary>
internal sealed class AnnualReportAccess(AgencyDirectory agencies)
{
    public async Task<(Agency Agency, StaffActor Actor)?> ForAsync(string agencyCode, ClaimsPrincipal user)
    {
        var agency = await agencies.FindAsync(agencyCode);
        return agency is null ? null : (agency, user.ToStaffActor(agency.Id));
    }

    /// <summary>Any role of the agency reads its reports; a visitor from elsewhere holds none.</summary>
    public static bool CanRead(StaffActor actor) => actor.Roles.Count > 0;

    public static bool CanDraft(StaffActor actor) => AnnualReportWorkflow.MayDraft(actor.Roles);

    public static bool CanApprove(StaffActor actor) => AnnualReportWorkflow.MayApprove(actor.Roles);
}
