using Gongkai.Web.Features.Search;
using Gongkai.Web.Platform.Search;

namespace Gongkai.UnitTests.Search;

public sealed class HighlightsTests
{
    [Fact]
    public void The_title_marks_the_query_in_its_original_characters()
    {
        var parts = Highlights.Title("关于鲁人社办发［２０１４］６１号的说明", [SearchPhrase.From("〔2014〕61号")!]);
        Assert.Equal("２０１４］６１号", Assert.Single(parts, p => p.IsMatch).Text);
        Assert.Equal("关于鲁人社办发［２０１４］６１号的说明", string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void Every_term_is_marked_and_overlaps_merge()
    {
        var parts = Highlights.Title("养老保险待遇调整，养老保险", [SearchPhrase.From("养老保险")!, SearchPhrase.From("保险待遇")!]);
        Assert.Equal(["养老保险待遇", "养老保险"], parts.Where(p => p.IsMatch).Select(p => p.Text));
    }

    [Fact]
    public void A_snippet_is_cut_around_the_first_match()
    {
        var text = new string('甲', 300) + "失业保险金" + new string('乙', 300);
        var parts = Highlights.Snippet(text, [SearchPhrase.From("失业保险金")!]);
        Assert.Equal("…", parts[0].Text);
        Assert.Equal("…", parts[^1].Text);
        Assert.Equal("失业保险金", Assert.Single(parts, p => p.IsMatch).Text);
        Assert.True(string.Concat(parts.Select(p => p.Text)).Length <= Highlights.SnippetLength + 2);
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_opening_on_one_line()
    {
        var parts = Highlights.Snippet("第一段\n第二段", [SearchPhrase.From("不存在")!]);
        Assert.Equal("第一段 第二段", Assert.Single(parts).Text);
    }

    [Fact]
    public void A_word_is_marked_only_where_it_stands_whole()
    {
        var parts = Highlights.Title("2014年与20145", [SearchPhrase.From("2014")!]);
        Assert.Equal("2014", Assert.Single(parts, p => p.IsMatch).Text);
    }
}
