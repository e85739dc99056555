using Gongkai.Web.Features.Participation.Consultations;

namespace Gongkai.UnitTests.Participation.Consultations;

public sealed class ConsultationArticlesTests
{
    [Fact]
    public void Lines_starting_with_an_article_number_begin_articles_and_following_lines_belong_to_them()
    {
        var articles = ConsultationArticles.Split("<h2>总则</h2><p>第一条 为了规范……</p><p>（一）细则一</p><p>第二条 本办法适用于……<br>第十二条 附则</p>");

        Assert.Equal(["第一条", "第二条", "第十二条"], articles.Select(a => a.Label));
        Assert.Equal("第一条 为了规范……\n（一）细则一", articles[0].Text);
    }

    [Fact]
    public void A_draft_without_articles_is_commented_on_as_a_whole() =>
        Assert.Empty(ConsultationArticles.Split("<p>关于做好失业保险工作的通知。</p>"));
}
