using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Reports.Supervision.Staff;

/// <summary>电子监察 of one agency: all its running deadlines for those who oversee it, 我的待办期限 for everyone else.</summary>
public sealed class IndexModel(AgencyDirectory agencies, SupervisionList list, ExportSupervision export) : PageModel
{
    public SupervisionView View { get; private set; } = null!;
    public bool WholeAgency { get; private set; }
    public Agency Agency { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery] SupervisionFilter filter, [FromQuery(Name = "page")] int? pageNumber)
    {
        if (await ScopeAsync(agency) is { } refused)
        {
            return refused;
        }

        filter ??= new SupervisionFilter();
        filter.Agency = null;
        var page = await list.HandleAsync([Agency.Id], WholeAgency ? null : User.GetUserId(), filter, pageNumber ?? 1, HttpContext.RequestAborted);
        View = new SupervisionView(WholeAgency ? "电子监察" : "我的待办期限", $"/admin/{Agency.Code}/supervision", page, filter, false, []);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string agency, [FromQuery] SupervisionFilter filter)
    {
        if (await ScopeAsync(agency) is { } refused)
        {
            return refused;
        }

        filter ??= new SupervisionFilter();
        filter.Agency = null;
        var scopeName = WholeAgency ? Agency.FullName : $"{Agency.FullName} · {User.GetDisplayName()}的待办期限";
        var file = await export.HandleAsync(scopeName, Agency.Id, [Agency.Id], WholeAgency ? null : User.GetUserId(), filter, User.ToStaffActor(Agency.Id), HttpContext.RequestAborted);
        return File(file.Content, SpreadsheetWriter.ContentType, file.FileName);
    }

    private async Task<IActionResult?> ScopeAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        WholeAgency = SupervisionAccess.SeesWholeAgency(User.ToStaffActor(found.Id), User.IsPlatformAdmin());
        return null;
    }
}
