using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Features.Audit;

/// <summary>The audit log as CSV, with the page's filter; a wrong filter goes back to the page, which says what is wrong.</summary>
public sealed class ExportModel(AgencyDirectory agencies, ExportAuditLog export, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string agency, string? from, string? to, string? actor, string? entityType, string? operation)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        AuditFilter filter;
        try
        {
            filter = AuditFilter.Parse(from, to, actor, entityType, operation);
        }
        catch (DomainException)
        {
            return Redirect($"/admin/{found.Code}/manage/audit{Request.QueryString}");
        }

        var today = ChinaTime.ToChina(time.GetUtcNow().UtcDateTime).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"audit-{found.Code}-{today}.csv",
        }.ToString();
        await export.HandleAsync(found.Id, filter, Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    // Read only: without this, Razor Pages would render the page for a POST that matches no handler.
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);
}
