using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;

namespace Gongkai.UnitTests.Publications.Import;

public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("2014-03-27")]
    [InlineData("2014/3/27")]
    [InlineData("2014.3.27")]
    [InlineData("2014年3月27日")]
    [InlineData("２０１４年３月２７日")]
    [InlineData(" 2014-03-27 00:00:00 ")]
    [InlineData("2014-03-27T09:30")]
    [InlineData("20140327")]
    [InlineData("41725")]
    [InlineData("41725.5")]
    public void A_date_is_read_however_it_was_typed_or_stored(string text) =>
        Assert.Equal(new DateOnly(2014, 3, 27), ImportValues.ParseDate(text));

    [Theory]
    [InlineData("2014-13-01")]
    [InlineData("2014-02-30")]
    [InlineData("2014")]
    [InlineData("27/03/2014")]
    [InlineData("三月")]
    [InlineData("20141327")]
    public void What_is_not_a_date_is_not_taken_for_one(string text) => Assert.Null(ImportValues.ParseDate(text));

    [Fact]
    public void A_serial_of_a_1904_workbook_is_shifted() =>
        Assert.Equal(new DateOnly(2014, 3, 27), ImportValues.ParseDate("40263", date1904: true));

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("", false)]
    [InlineData("1", true)]
    [InlineData("Y", true)]
    [InlineData("也许", null)]
    public void Yes_and_no(string text, bool? expected) => Assert.Equal(expected, ImportValues.ParseYesNo(text));

    [Theory]
    [InlineData("有效", Validity.Valid)]
    [InlineData("现行有效", Validity.Valid)]
    [InlineData("失效", Validity.Expired)]
    [InlineData("废止", Validity.Repealed)]
    [InlineData("已修改", Validity.Amended)]
    public void Validity_words(string text, Validity expected) => Assert.Equal((true, (Validity?)expected), ImportValues.ParseValidity(text));

    [Fact]
    public void Plain_text_becomes_escaped_paragraphs_line_by_line()
    {
        Assert.Equal("<p>第一段 a &lt; b &amp; c</p>\n<p>第二段“引号”</p>", ImportValues.BodyHtml("  第一段 a < b & c \r\n\r\n第二段“引号”\n"));
    }

    [Fact]
    public void Html_from_the_old_site_is_sanitized()
    {
        var html = ImportValues.BodyHtml("<p style=\"color:red\">正文</p><script>alert(1)</script><a href=\"javascript:x()\">链接</a>");
        Assert.Contains("正文</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_names_splits_on_either_semicolon() =>
        Assert.Equal(["a.pdf", "附件 二.docx", "c.png"], ImportValues.SplitList(" a.pdf；附件 二.docx; ;c.png "));
}
