using Gongkai.Web.Features.Publications.Import;

namespace Gongkai.UnitTests.Publications.Import;

public sealed class SpreadsheetRoundTripTests
{
    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var bytes = SpreadsheetWriter.Write(new SheetSpec("表", ["标题", "正文"], [["关于通知", "第一段\n第二段"], ["", "只有正文"]], [20, 40]));
        var rows = XlsxSheetReader.Read(bytes, 100, out var date1904);
        Assert.False(date1904);
        Assert.Equal(["标题", "正文"], rows[0].Cells);
        Assert.Equal(["关于通知", "第一段\n第二段"], rows[1].Cells);
        Assert.Equal(["", "只有正文"], rows[2].Cells);
        Assert.Equal(3, rows[2].Number);
    }

    [Fact]
    public void Plain_numbers_in_a_number_column_are_numeric_cells_and_everything_else_stays_text()
    {
        var bytes = SpreadsheetWriter.Write(new SheetSpec(
            "表", ["项目", "数值"], [["甲", "12"], ["乙", "75.0%"], ["丙", "-3.5"], ["丁", "1e5"], ["戊", "12"]], [10, 10], new HashSet<int> { 1 }));
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, cells["B2"].DataType!.Value);
        Assert.Equal("12", cells["B2"].CellValue!.Text);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, cells["B4"].DataType!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, cells["B3"].DataType!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, cells["B5"].DataType!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, cells["A2"].DataType!.Value);
        Assert.Equal("12", XlsxSheetReader.Read(bytes, 10, out _)[5].Cells[1]);
    }

    [Fact]
    public void The_template_has_every_column_and_an_example_the_import_refuses()
    {
        var sheet = SheetReader.Read("t.xlsx", ImportTemplate.Build([]), 10);
        Assert.Equal(ImportColumns.All.Select(c => c.Header), sheet.Headers);
        Assert.StartsWith(ImportRowChecker.ExamplePrefix, sheet.Rows[0][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("q3", 16)]
    [InlineData("", null)]
    public void A_cell_reference_gives_its_column(string reference, int? column) =>
        Assert.Equal(column, XlsxSheetReader.ColumnOf(reference));

    [Fact]
    public void Column_names_count_like_a_spreadsheet()
    {
        Assert.Equal("A", SpreadsheetWriter.ColumnName(0));
        Assert.Equal("Q", SpreadsheetWriter.ColumnName(16));
        Assert.Equal("AA", SpreadsheetWriter.ColumnName(26));
    }

    [Fact]
    public void Garbage_is_refused_as_an_unreadable_workbook() =>
        Assert.Contains("无法读取这个 XLSX 文件", Assert.Throws<Gongkai.Web.DomainException>(() => XlsxSheetReader.Read([1, 2, 3], 10, out _)).Message, StringComparison.Ordinal);
}
