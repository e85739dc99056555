using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// The first visible worksheet of an XLSX file as text: shared strings, inline strings, numbers and booleans as written.
/// Dates stay serial numbers (or text) here; <see cref="ImportValues.ParseDate"/> reads both. Rows are streamed with a
/// reader, and the text read is capped, so a small file that unpacks to gigabytes is refused rather than loaded.
/// </summary>
internal static class XlsxSheetReader
{
    private const long MaxCharacters = 64L * 1024 * 1024;

    /// <param name="date1904">Whether the workbook counts dates from 1904 (old Excel for Mac) rather than 1900.</param>
    public static List<SheetRow> Read(byte[] content, int maxNonEmptyRows, out bool date1904)
    {
        date1904 = false;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw Unreadable();
            var budget = new Budget();
            var shared = SharedStrings(workbook.SharedStringTablePart, budget);
            date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>()
                .FirstOrDefault(s => s.State is null || s.State.Value == SheetStateValues.Visible)
                ?? throw new DomainException("XLSX 文件中没有工作表。");
            var part = sheet.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null;
            return part is null ? throw Unreadable() : Rows(part, shared, budget, maxNonEmptyRows);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FormatException or ArgumentException)
        {
            throw Unreadable();
        }
    }

    private static DomainException Unreadable() =>
        new("无法读取这个 XLSX 文件：它可能已损坏，或者不是 Excel 2007 及以后版本的格式。");

    private static List<SheetRow> Rows(WorksheetPart part, List<string> shared, Budget budget, int maxNonEmptyRows)
    {
        var rows = new List<SheetRow>();
        var nonEmpty = 0;
        var lastRow = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : lastRow + 1;
            lastRow = number;
            var cells = new List<string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference?.Value) ?? next;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                var value = ValueOf(cell, shared);
                budget.Spend(value.Length);
                if (cells.Count == column)
                {
                    cells.Add(value);
                }
                else
                {
                    cells[column] = value;
                }

                next = column + 1;
            }

            rows.Add(new SheetRow(number, cells));
            if (cells.Any(c => c.Length > 0) && ++nonEmpty >= maxNonEmptyRows)
            {
                break;
            }
        }

        return rows;
    }

    private static string ValueOf(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is null ? raw : RichText(cell.InlineString);
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "是" : "否";
        }

        return raw;
    }

    private static List<string> SharedStrings(SharedStringTablePart? part, Budget budget)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var text = RichText(reader.LoadCurrentElement()!);
                budget.Spend(text.Length);
                strings.Add(text);
            }
        }

        return strings;
    }

    // Plain text (t) or rich-text runs (r/t); phonetic guides (rPh) are not part of the value.
    private static string RichText(OpenXmlElement item)
    {
        var plain = item.GetFirstChild<Text>();
        if (plain is not null)
        {
            return plain.Text;
        }

        var builder = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            builder.Append(run.Text?.Text);
        }

        return builder.ToString();
    }

    /// <summary>“C12” → 2 (zero-based column).</summary>
    internal static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
                letters++;
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is 0 or > 3 ? null : column - 1;
    }

    private sealed class Budget
    {
        private long spent;

        public void Spend(int characters)
        {
            spent += characters;
            if (spent > MaxCharacters)
            {
                throw new DomainException("表格解压后的内容过大，请分成几个文件导入。");
            }
        }
    }
}
