using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// What the agency page and the platform page share: the range filter read and checked (400 with the message beside the
/// field), the figures, and the XLSX download of the same figures (<c>?handler=export</c>).
/// </summary>
public abstract class StatisticsPageModel(ComputeStatistics compute, ExportStatistics export, TimeProvider time) : PageModel
{
    public RangeReading Reading { get; private set; } = null!;

    public StatisticsReport? Report { get; private set; }

    public StatisticsScope Scope { get; private set; } = StatisticsScope.Platform;

    public abstract string BaseUrl { get; }

    public string ExportUrl => Reading.Range is { } range ? $"{BaseUrl}?handler=export&{range.ToQuery()}" : $"{BaseUrl}?handler=export";

    protected async Task<IActionResult> ShowAsync(StatisticsScope scope, string? from, string? to)
    {
        Scope = scope;
        Reading = StatisticsRange.Read(from, to, ChineseDate.Today(time));
        if (Reading.Range is not { } range)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Report = await compute.HandleAsync(scope, range, HttpContext.RequestAborted);
        return Page();
    }

    protected async Task<IActionResult> ExportAsync(StatisticsScope scope, Guid actorAgencyId, string? from, string? to)
    {
        Scope = scope;
        Reading = StatisticsRange.Read(from, to, ChineseDate.Today(time));
        if (Reading.Range is not { } range)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var file = await export.HandleAsync(scope, range, User.ToStaffActor(actorAgencyId), HttpContext.RequestAborted);
        return File(file.Content, SpreadsheetWriter.ContentType, file.FileName);
    }

    /// <summary>403: the error page explains it in Chinese, as for every refused back-office page.</summary>
    protected IActionResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);
}
