namespace Gongkai.Web.Features.Publications.Import;

/// <summary>A sheet as text: the header row and the non-empty rows under it, each with its row number in the file.</summary>
internal sealed record ImportSheet(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows, bool Date1904 = false);

internal sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int index] => index >= 0 && index < Cells.Count ? Cells[index] : "";
}

/// <summary>Reads the uploaded sheet by its extension: XLSX (Office Open XML) or CSV.</summary>
internal static class SheetReader
{
    public static readonly IReadOnlyList<string> Extensions = [".xlsx", ".csv"];

    /// <summary>Returns the sheet, or throws a DomainException saying in Chinese why the file cannot be read.</summary>
    public static ImportSheet Read(string fileName, byte[] content, int maxRows)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var date1904 = false;
        var rows = extension switch
        {
            // The header, the allowed rows and one more: enough to tell that a file is too long without reading all of it.
            ".xlsx" => XlsxSheetReader.Read(content, maxRows + 2, out date1904),
            ".csv" => CsvSheetReader.Read(content, maxRows + 2),
            _ => throw new DomainException("表格文件只能是 XLSX 或 CSV 格式（旧版 XLS 请先在 Excel 中另存为 XLSX）。"),
        };

        var nonEmpty = rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonEmpty.Count == 0)
        {
            throw new DomainException("表格是空的：第一行应为列名，从第二行起每行一份文件。");
        }

        var data = nonEmpty.Skip(1).ToList();
        if (data.Count > maxRows)
        {
            throw new DomainException($"表格超过了每次最多导入{maxRows}行的限制，请分成几个文件导入。");
        }

        if (data.Count == 0)
        {
            throw new DomainException("表格只有列名，没有要导入的文件。");
        }

        return new ImportSheet([.. nonEmpty[0].Cells.Select(c => c.Trim())], data, date1904);
    }
}
