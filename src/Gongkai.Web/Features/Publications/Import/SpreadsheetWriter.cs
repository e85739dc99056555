using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// A sheet to write: a bold header row, text rows, and column widths in characters. Cells of the
/// <paramref name="NumberColumns"/> (zero-based) that hold a plain number are written as numbers, so a spreadsheet can sum them.
/// </summary>
internal sealed record SheetSpec(
    string Name,
    IReadOnlyList<string> Header,
    IEnumerable<IReadOnlyList<string>> Rows,
    IReadOnlyList<double> Widths,
    IReadOnlySet<int>? NumberColumns = null);

/// <summary>
/// Writes simple XLSX workbooks with DocumentFormat.OpenXml: every cell is text (an inline string, so nothing a user
/// typed is ever evaluated as a formula) unless its column is declared numeric, in 宋体 with the GB2312 character set so that Chinese displays as Chinese.
/// </summary>
internal static class SpreadsheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;

    public static byte[] Write(params SheetSpec[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            styles.Stylesheet.Save();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var spec in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowIndex = 1;
                data.Append(Row(rowIndex++, spec.Header, HeaderStyle));
                foreach (var row in spec.Rows)
                {
                    data.Append(Row(rowIndex++, row, BodyStyle, spec.NumberColumns));
                }

                var worksheet = new Worksheet();
                worksheet.Append(new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0, TabSelected = sheetId == 1 }));
                worksheet.Append(new Columns(spec.Widths.Select((width, i) =>
                    new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })));
                worksheet.Append(data);
                part.Worksheet = worksheet;
                part.Worksheet.Save();
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = spec.Name });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IReadOnlyList<string> values, uint style, IReadOnlySet<int>? numberColumns = null)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            if (numberColumns is not null && numberColumns.Contains(i) && IsPlainNumber(values[i]))
            {
                row.Append(new Cell
                {
                    CellReference = $"{ColumnName(i)}{index}",
                    DataType = CellValues.Number,
                    StyleIndex = style,
                    CellValue = new CellValue(values[i]),
                });
                continue;
            }

            row.Append(new Cell
            {
                CellReference = $"{ColumnName(i)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(XmlSafe(values[i])) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    // Only digits with an optional sign and decimal point: "1e5", "75.0%" or "1,000" stay text as written.
    private static bool IsPlainNumber(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= 15
        && value.TrimStart('-').Length > 0
        && value.TrimStart('-').All(c => char.IsAsciiDigit(c) || c == '.')
        && value.Count(c => c == '.') <= 1
        && char.IsAsciiDigit(value[^1])
        && char.IsAsciiDigit(value.TrimStart('-')[0]);

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    // XML 1.0 has no place for most control characters; an old site's text sometimes carries them.
    private static string XmlSafe(string? text)
    {
        var value = text ?? "";
        if (!value.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r'))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r'))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static Stylesheet Styles() => new(
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true })
        { Count = 3 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "宋体" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 });
        return font;
    }
}
