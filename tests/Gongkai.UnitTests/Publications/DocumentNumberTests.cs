using Gongkai.Web;
using Gongkai.Web.Features.Publications;

namespace Gongkai.UnitTests.Publications;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("鲁人社办发〔2014〕61号")]
    [InlineData("鲁人社办发[2014]61号")]
    [InlineData("鲁人社办发(2014)61号")]
    [InlineData("鲁人社办发（2014）61号")]
    [InlineData("鲁人社办发［２０１４］６１号")]
    [InlineData("鲁人社办发【2014】61号")]
    [InlineData("鲁人社办发﹝2014﹞61号")]
    [InlineData(" 鲁人社办发 〔2014〕 第61号 ")]
    [InlineData("鲁人社办发〔2014〕61")]
    public void Every_way_of_typing_a_number_parses_to_the_same_parts(string text)
    {
        var number = DocumentNumber.Parse(text);
        Assert.Equal("鲁人社办发", number.IssuerCode);
        Assert.Equal(2014, number.Year);
        Assert.Equal(61, number.Serial);
        Assert.Equal("鲁人社办发〔2014〕61号", number.ToString());
    }

    [Fact]
    public void A_number_without_issuer_keeps_year_and_serial()
    {
        var number = DocumentNumber.Parse("〔2021〕30号");
        Assert.Equal("", number.IssuerCode);
        Assert.Equal(2021, number.Year);
        Assert.Equal(30, number.Serial);
    }

    [Theory]
    [InlineData("")]
    [InlineData("鲁人社办发61号")]
    [InlineData("鲁人社办发〔14〕61号")]
    [InlineData("鲁人社办发〔2014〕号")]
    [InlineData("鲁人社办发〔1800〕1号")]
    public void Malformed_numbers_are_refused_in_Chinese(string text)
    {
        Assert.False(DocumentNumber.TryParse(text, out _));
        if (text.Length > 0)
        {
            var error = Assert.Throws<DomainException>(() => DocumentNumber.Parse(text));
            Assert.Contains("发文字号", error.Message, StringComparison.Ordinal);
        }
    }
}
