using System.Globalization;
using Gongkai.Web.Features.Publications.Import;

namespace Gongkai.Web.Features.Reports.AnnualReports.Output;

/// <summary>The report's tables as XLSX: one sheet per table, the format's rows and columns, the figures as numeric cells.</summary>
internal static class AnnualReportXlsx
{
    public const string ContentType = SpreadsheetWriter.ContentType;

    public static readonly IReadOnlyList<string> SheetNames = ["二、主动公开", "三、依申请公开", "四、复议诉讼"];

    public static byte[] Write(AnnualReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tables = ReportTables.Of(document.Report.Figures);
        var sheets = tables.Select((table, i) => Sheet(SheetNames[i], table)).ToArray();
        return SpreadsheetWriter.Write(sheets);
    }

    // Table 二's items have different columns: the sheet carries them all, each row filling its own.
    private static SheetSpec Sheet(string name, ReportTable table)
    {
        var columns = table.Rows.SelectMany(r => r.Cells).Select(Heading).Distinct().ToList();
        IReadOnlyList<string> header = ["分项", "项目", .. columns];
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)[r.Group, r.Name,
            .. columns.Select(column => r.Cells.FirstOrDefault(c => Heading(c) == column) is { } cell ? cell.Value.ToString("0.####", CultureInfo.InvariantCulture) : "")]);
        var figureColumns = Enumerable.Range(2, columns.Count).ToHashSet();
        return new SheetSpec(name, header, rows, [24, 40, .. columns.Select(_ => 14.0)], figureColumns);
    }

    private static string Heading(ReportTableCell cell) => cell.ColumnGroup is null ? cell.Column : $"{cell.ColumnGroup}·{cell.Column}";
}
