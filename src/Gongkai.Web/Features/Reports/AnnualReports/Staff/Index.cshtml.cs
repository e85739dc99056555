using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports.Staff;

/// <summary>The agency's annual reports in the back office, and a new one for a year (computed, or entered by hand).</summary>
internal sealed class IndexModel(AnnualReportAccess access, GongkaiDbContext db, CreateAnnualReport create, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public StaffActor Actor { get; private set; } = null!;
    public IReadOnlyList<AnnualReport> Reports { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public string Year { get; private set; } = "";
    public bool Manual { get; private set; }
    public string? Error { get; private set; }

    public bool CanDraft => AnnualReportAccess.CanDraft(Actor);

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var result = await LoadAsync(agency);
        if (result is not null)
        {
            return result;
        }

        Year = (Today.Year - 1).ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string agency, string? year, string? kind)
    {
        var result = await LoadAsync(agency);
        if (result is not null)
        {
            return result;
        }

        if (!CanDraft)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Year = (year ?? "").Trim();
        Manual = kind == "manual";
        if (!int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Error = "请填写年度，例如 2025。";
        }
        else
        {
            try
            {
                await create.HandleAsync(Agency, value, Manual, Actor, HttpContext.RequestAborted);
                return Redirect(AnnualReportUrls.StaffDetails(Agency.Code, value));
            }
            catch (DomainException e)
            {
                db.ChangeTracker.Clear();
                Error = e.Message;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string agency)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        (Agency, Actor) = context;
        if (!AnnualReportAccess.CanRead(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Today = ChineseDate.Today(time);
        Reports = await db.Set<AnnualReport>().AsNoTracking().Where(r => r.AgencyId == Agency.Id)
            .OrderByDescending(r => r.Year).ToListAsync(HttpContext.RequestAborted);
        return null;
    }
}
