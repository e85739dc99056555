using System.Globalization;
using System.Text;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// The report of a finished import, as XLSX or CSV: for a refused file every reason of every row (行号, 标题, 原因);
/// for an imported one every row with the index number it got.
/// </summary>
internal static class ImportReport
{
    public static readonly IReadOnlyList<string> RefusedHeader = ["行号", "标题", "原因"];
    public static readonly IReadOnlyList<string> ImportedHeader = ["行号", "标题", "索引号"];

    public static string FileName(ImportJob job, string extension) =>
        $"导入报告-{Path.GetFileNameWithoutExtension(job.FileName)}.{extension}";

    public static byte[] Xlsx(ImportJob job)
    {
        var (header, rows) = Table(job);
        return SpreadsheetWriter.Write(new SheetSpec("导入报告", header, rows, [8, 60, header == RefusedHeader ? 80 : 36]));
    }

    /// <summary>UTF-8 with a byte-order mark, so that Excel on a Chinese Windows opens it as UTF-8 rather than GBK.</summary>
    public static byte[] Csv(ImportJob job)
    {
        var (header, rows) = Table(job);
        var builder = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            builder.Append(string.Join(",", row.Select(Cell))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static (IReadOnlyList<string> Header, List<IReadOnlyList<string>> Rows) Table(ImportJob job) =>
        job.State == ImportJobState.Succeeded
            ? (ImportedHeader, [.. job.Imported.Select(r => (IReadOnlyList<string>)[r.Row.ToString(CultureInfo.InvariantCulture), r.Title, r.IndexNumber])])
            : (RefusedHeader, job.State == ImportJobState.Failed
                ? [["—", "", job.Error]]
                : [.. job.Refusals.Select(r => (IReadOnlyList<string>)[r.RowLabel, r.Title, r.Reason])]);

    // RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
