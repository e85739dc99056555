using Gongkai.Web.Features.Search;
using Gongkai.Web;

namespace Gongkai.UnitTests.Search;

public sealed class QueryTermsTests
{
    [Fact]
    public void Spaces_of_either_width_separate_terms_and_repeats_count_once() =>
        Assert.Equal(["养老保险", "待遇"], QueryTerms.Parse(" 养老保险　待遇 养老保险 "));

    [Fact]
    public void Full_and_half_width_forms_of_one_term_are_one_term() =>
        Assert.Single(QueryTerms.Parse("ＨＲ hr"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。、")]
    public void Nothing_to_search_is_refused_in_chinese(string query)
    {
        var error = Assert.Throws<DomainException>(() => QueryTerms.Parse(query));
        Assert.Matches("[\u4e00-\u9fff]", error.Message);
    }

    [Fact]
    public void Too_long_and_too_many_are_refused()
    {
        Assert.Throws<DomainException>(() => QueryTerms.Parse(new string('社', SearchLimits.MaxQueryLength + 1)));
        Assert.Throws<DomainException>(() => QueryTerms.Parse("一 二 三 四 五 六 七 八 九"));
    }
}
