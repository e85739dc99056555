using Gongkai.Web.Platform.Search;

namespace Gongkai.UnitTests.Search;

public sealed class PlainTextTests
{
    [Fact]
    public void Tags_go_entities_are_decoded_and_blocks_stay_apart()
    {
        var text = PlainText.FromHtml("<p>社会<strong>保险</strong>&amp;就业</p><p>政府</p>");
        Assert.Equal("社会保险&就业\n\n政府", text);
        Assert.DoesNotContain(" 就业政府 ", SearchText.Canonical(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_html_is_empty_text() => Assert.Equal("", PlainText.FromHtml(""));
}
