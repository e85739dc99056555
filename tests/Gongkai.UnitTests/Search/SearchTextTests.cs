using Gongkai.Web.Platform.Search;

namespace Gongkai.UnitTests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("社会保险", " 社会保险 ")]
    [InlineData("鲁人社办发〔2014〕61号", " 鲁人社办发 2014 61 号 ")]
    [InlineData("鲁人社办发[2014]61号", " 鲁人社办发 2014 61 号 ")]
    [InlineData("鲁人社办发［２０１４］６１号", " 鲁人社办发 2014 61 号 ")]
    [InlineData("ＨＲＳＳ　人社", " hrss 人社 ")]
    [InlineData("Hello, World!", " hello world ")]
    [InlineData("公开。政府", " 公开 政府 ")]
    [InlineData("GB2312编码", " gb2312 编码 ")]
    [InlineData("  ", " ")]
    [InlineData("", " ")]
    [InlineData("第〇条", " 第〇条 ")]
    public void Canonical_form_folds_and_separates(string text, string expected) =>
        Assert.Equal(expected, SearchText.Canonical(text));

    [Fact]
    public void A_character_outside_the_basic_plane_is_han()
    {
        var text = "𠀀字";
        Assert.Equal(" 𠀀字 ", SearchText.Canonical(text));
        Assert.Equal(["𠀀", "𠀀字", "字"], IndexTokens.Of(SearchText.Canonical(text)));
    }

    [Fact]
    public void The_map_points_each_character_back_to_where_it_was()
    {
        var text = "〔２０１４〕61号";
        var mapped = SearchText.Mapped(text);
        Assert.Equal(mapped.Value.Length, mapped.Origin.Length);
        var at = mapped.Value.IndexOf("2014", StringComparison.Ordinal);
        Assert.Equal(1, mapped.Origin[at]);
        Assert.Equal('6', text[mapped.Origin[mapped.Value.IndexOf("61", StringComparison.Ordinal)]]);
        Assert.Equal(-1, mapped.Origin[0]);
    }
}
