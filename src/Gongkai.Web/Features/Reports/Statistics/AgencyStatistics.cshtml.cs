using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>One agency's statistics for a date range, with the XLSX download of the same figures.</summary>
public sealed class AgencyStatisticsModel(AgencyDirectory agencies, ComputeStatistics compute, ExportStatistics export, TimeProvider time)
    : StatisticsPageModel(compute, export, time)
{
    public Agency Agency { get; private set; } = null!;

    public override string BaseUrl => $"/admin/{Agency.Code}/statistics";

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery] string? from, [FromQuery] string? to) =>
        await OpenAsync(agency) is { } refused ? refused : await ShowAsync(ScopeOf(Agency), from, to);

    public async Task<IActionResult> OnGetExportAsync(string agency, [FromQuery] string? from, [FromQuery] string? to) =>
        await OpenAsync(agency) is { } refused ? refused : await ExportAsync(ScopeOf(Agency), Agency.Id, from, to);

    private static StatisticsScope ScopeOf(Agency agency) => new(agency.Id, agency.FullName, agency.Code);

    private async Task<IActionResult?> OpenAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return NotFound();
        }

        if (!StatisticsAccess.CanView(User, found.Id))
        {
            return Forbidden();
        }

        Agency = found;
        return null;
    }
}
