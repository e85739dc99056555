using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Features.Publications.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Reports.Supervision.Staff;

/// <summary>电子监察 across the platform, for platform administrators: every agency, or the one the filter names.</summary>
public sealed class PlatformModel(AgencyDirectory agencies, SupervisionList list, ExportSupervision export) : PageModel
{
    public const string BaseUrl = "/admin/platform/supervision";

    public SupervisionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] SupervisionFilter filter, [FromQuery(Name = "page")] int? pageNumber)
    {
        filter ??= new SupervisionFilter();
        var (scope, agency, all) = await ScopeAsync(filter);
        if (scope is null && agency is null && filter.Agency is { Length: > 0 })
        {
            return NotFound();
        }

        var page = await list.HandleAsync(scope, null, filter, pageNumber ?? 1, HttpContext.RequestAborted);
        View = new SupervisionView("电子监察（全平台）", BaseUrl, page, filter, true, all);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync([FromQuery] SupervisionFilter filter)
    {
        filter ??= new SupervisionFilter();
        var (scope, agency, _) = await ScopeAsync(filter);
        if (scope is null && agency is null && filter.Agency is { Length: > 0 })
        {
            return NotFound();
        }

        var actor = new Publications.StaffActor(Platform.Auth.StaffClaims.GetUserId(User), Platform.Auth.StaffClaims.GetDisplayName(User), new HashSet<string>());
        var file = await export.HandleAsync(agency?.FullName ?? "全平台", agency?.Id, scope, null, filter, actor, HttpContext.RequestAborted);
        return File(file.Content, SpreadsheetWriter.ContentType, file.FileName);
    }

    private async Task<(IReadOnlyCollection<Guid>? Scope, Agency? Agency, IReadOnlyList<Agency> All)> ScopeAsync(SupervisionFilter filter)
    {
        var all = await agencies.AllAsync();
        if (filter.Agency is not { Length: > 0 } code)
        {
            return (null, null, all);
        }

        var agency = all.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
        return agency is null ? (null, null, all) : ([agency.Id], agency, all);
    }
}
