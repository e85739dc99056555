using System.Security.Claims;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Staff;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Admin;

public sealed class DashboardModel(AgencyDirectory agencies, GongkaiDbContext db, DueDocuments due, DueApplications dueApplications, Reports.AnnualReports.ReportDue reportDue, Reports.Supervision.Digests.LatestDigest latestDigest, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public int DepartmentCount { get; private set; }
    public int StaffCount { get; private set; }
    public DuePanel Due { get; private set; } = null!;

    /// <summary>Late and soon-due applications, for those who handle applications; null for everyone else.</summary>
    public (int Overdue, int DueSoon)? Applications { get; private set; }

    /// <summary>条例第四十九条: the annual report due (or overdue) and not yet published.</summary>
    public Reports.AnnualReports.ReportReminder? AnnualReport { get; private set; }

    /// <summary>The signed-in member's latest 督办提醒, or null before their first.</summary>
    public Reports.Supervision.Digests.SupervisionDigest? Digest { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Roles = [.. User.FindAll(ClaimTypes.Role).Select(c => c.Value)];
        DepartmentCount = await db.Departments.CountAsync(d => d.AgencyId == found.Id);
        StaffCount = await db.Users.CountAsync(u => u.AgencyId == found.Id);
        Due = await due.HandleAsync(found.Id, HttpContext.RequestAborted);
        var actor = User.ToStaffActor(found.Id);
        Applications = CaseAccess.CanList(actor) ? await dueApplications.CountAsync(found.Id, actor, HttpContext.RequestAborted) : null;
        AnnualReport = await reportDue.ForAsync(found.Id, Platform.Calendar.ChineseDate.Today(time), HttpContext.RequestAborted);
        Digest = User.GetUserId() is { } me ? await latestDigest.HandleAsync(me, HttpContext.RequestAborted) : null;
        return Page();
    }
}
