using System.Text;
using Gongkai.Web;
using Gongkai.Web.Features.Publications.Import;

namespace Gongkai.UnitTests.Publications.Import;

public sealed class CsvSheetReaderTests
{
    private static byte[] Utf8(string text, bool bom) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf8_with_or_without_a_byte_order_mark_reads_the_same(bool bom)
    {
        var rows = CsvSheetReader.Read(Utf8("标题,成文日期\r\n关于通知,2014-03-27\r\n", bom), 100);
        Assert.Equal(["标题", "成文日期"], rows[0].Cells);
        Assert.Equal(["关于通知", "2014-03-27"], rows[1].Cells);
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_keep_their_line_numbers()
    {
        var rows = CsvSheetReader.Read(Utf8("标题,正文\n\"甲,乙\",\"第一段\n第二段 \"\"引文\"\"\"\n丙,丁\n", bom: false), 100);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["甲,乙", "第一段\n第二段 \"引文\""], rows[1].Cells);
        Assert.Equal(2, rows[1].Number);
        Assert.Equal(["丙", "丁"], rows[2].Cells);
        Assert.Equal(4, rows[2].Number);
    }

    [Fact]
    public void A_last_row_without_a_line_break_and_empty_fields_are_kept()
    {
        var rows = CsvSheetReader.Read(Utf8("a,b,c\n1,,3", bom: false), 100);
        Assert.Equal(["1", "", "3"], rows[1].Cells);
    }

    [Fact]
    public void Tab_separated_text_is_read_when_the_header_has_tabs_and_no_commas()
    {
        var rows = CsvSheetReader.Read(Utf8("标题\t目录\n甲,乙\t就业创业\n", bom: false), 100);
        Assert.Equal(["甲,乙", "就业创业"], rows[1].Cells);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_read_as_gb18030()
    {
        var bytes = CsvSheetReader.Gb18030().GetBytes("标题,发布日期\r\n关于调整最低工资标准的通知,2015-01-01\r\n");
        var rows = CsvSheetReader.Read(bytes, 100);
        Assert.Equal("关于调整最低工资标准的通知", rows[1].Cells[0]);
    }

    [Fact]
    public void An_unclosed_quote_is_refused_with_its_row()
    {
        var ex = Assert.Throws<DomainException>(() => CsvSheetReader.Read(Utf8("a,b\n1,\"2\n3,4\n", bom: false), 100));
        Assert.Equal("CSV 文件第2行的引号没有闭合，请检查该行。", ex.Message);
    }

    [Fact]
    public void Reading_stops_after_the_number_of_rows_asked_for()
    {
        var text = "a\n" + string.Join("\n", Enumerable.Range(1, 50));
        Assert.Equal(10, CsvSheetReader.Read(Utf8(text, bom: false), 10).Count);
    }

    [Fact]
    public void The_sheet_refuses_too_many_rows_and_a_file_without_data()
    {
        var tooMany = Utf8("标题\n" + string.Join("\n", Enumerable.Range(1, 6)), bom: false);
        Assert.Equal("表格超过了每次最多导入5行的限制，请分成几个文件导入。", Assert.Throws<DomainException>(() => SheetReader.Read("a.csv", tooMany, 5)).Message);
        Assert.Equal(5, SheetReader.Read("a.csv", Utf8("标题\n1\n\n2\n3\n4\n5\n", bom: false), 5).Rows.Count);
        Assert.Equal("表格只有列名，没有要导入的文件。", Assert.Throws<DomainException>(() => SheetReader.Read("a.csv", Utf8("标题\n,\n", bom: false), 5)).Message);
        Assert.Throws<DomainException>(() => SheetReader.Read("a.xls", [1, 2], 5));
    }
}
