using System.ComponentModel;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Reports.AnnualReports.Output;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Features.Reports.AnnualReports.Api;

/// <summary>
/// GET /api/{agencyCode}/annual-reports/{year}: a published report's tables cell by cell with the format's row and
/// column names; and the public DOCX and XLSX downloads. Published reports only (<see cref="PublishedReports"/>).
/// </summary>
internal static class AnnualReportsApi
{
    public static void MapAnnualReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/{agencyCode}/annual-reports").AllowAnonymous().WithTags("政府信息公开")
            .MapGet("/{year}", ReadAsync)
            .WithName("GetAnnualReport")
            .WithSummary("政府信息公开工作年度报告的表二、表三、表四（逐格，附勾稽关系核对）")
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        app.MapGet("/{agencyCode}/annual-reports/{year:int}/report.{format}", DownloadAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<Results<Ok<AnnualReportResponse>, JsonHttpResult<ApiError>>> ReadAsync(
        [Description("机关代码，例如 zhenjiang")] string agencyCode,
        [Description("年度，例如 2025")] string year,
        AgencyDirectory agencies,
        PublishedReports reports,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(agencyCode, year, agencies, reports, cancellationToken);
        if (found is not var (agency, report))
        {
            return TypedResults.Json(new ApiError("年度报告不存在或尚未发布。"), statusCode: StatusCodes.Status404NotFound);
        }

        var figures = report.Figures;
        var check = CrossCheck.Of(figures);
        return TypedResults.Ok(new AnnualReportResponse(
            agency.FullName, agency.Code, report.Year, report.PublishedOn, report.IsManual,
            [.. ReportTables.Of(figures).Select(t => new TableItem(t.Name, [.. t.Rows.Select(r => new RowItem(r.Name, r.Group, [.. r.Cells.Select(c => new CellItem(c.Column, c.ColumnGroup, c.Value))]))]))],
            new CrossCheckItem(check.Passes, [.. check.Columns.Select(c => new CrossCheckColumnItem(c.Column, c.New, c.Carried, c.Concluded, c.Next, c.Passes))])));
    }

    private static async Task<IResult> DownloadAsync(string agencyCode, int year, string format, AgencyDirectory agencies, PublishedReports reports, CancellationToken cancellationToken)
    {
        var found = await FindAsync(agencyCode, year.ToString(System.Globalization.CultureInfo.InvariantCulture), agencies, reports, cancellationToken);
        if (found is not var (agency, report))
        {
            return Results.NotFound();
        }

        return AnnualReportFiles.Download(new AnnualReportDocument(agency.FullName, report), format) ?? Results.NotFound();
    }

    private static async Task<(Agency, AnnualReport)?> FindAsync(string code, string yearText, AgencyDirectory agencies, PublishedReports reports, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32 || !int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var agency = await agencies.FindAsync(code.Trim());
        var report = agency is null ? null : await reports.FindAsync(agency.Id, year, cancellationToken);
        return agency is null || report is null ? null : (agency, report);
    }

    internal sealed record ApiError(string Error);

    internal sealed record AnnualReportResponse(string Agency, string AgencyCode, int Year, DateOnly? PublishedOn, bool EnteredByHand, IReadOnlyList<TableItem> Tables, CrossCheckItem CrossCheck);

    internal sealed record TableItem(string Name, IReadOnlyList<RowItem> Rows);

    internal sealed record RowItem(string Name, string Group, IReadOnlyList<CellItem> Cells);

    internal sealed record CellItem(string Column, string? ColumnGroup, decimal Value);

    internal sealed record CrossCheckItem(bool Passes, IReadOnlyList<CrossCheckColumnItem> Columns);

    internal sealed record CrossCheckColumnItem(string Column, int New, int Carried, int Concluded, int Next, bool Passes);
}
