using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>The whole platform's statistics (platform administrators: the route's policy), with a line per agency.</summary>
public sealed class PlatformStatisticsModel(ComputeStatistics compute, ExportStatistics export, TimeProvider time)
    : StatisticsPageModel(compute, export, time)
{
    public override string BaseUrl => "/admin/platform/statistics";

    public Task<IActionResult> OnGetAsync([FromQuery] string? from, [FromQuery] string? to) =>
        ShowAsync(StatisticsScope.Platform, from, to);

    public Task<IActionResult> OnGetExportAsync([FromQuery] string? from, [FromQuery] string? to) =>
        ExportAsync(StatisticsScope.Platform, User.GetAgencyId() ?? Guid.Empty, from, to);
}
