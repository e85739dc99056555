using Gongkai.Web.Features.Search;
using Gongkai.Web;

namespace Gongkai.UnitTests.Search;

public sealed class SynonymGroupTests
{
    [Fact]
    public void Words_may_be_separated_by_spaces_commas_or_enumeration_marks()
    {
        var group = new SynonymGroup(Guid.NewGuid(), "社保、社会保险，社保 / 社会保险费", DateTime.UtcNow);
        Assert.Equal(["社保", "社会保险", "社会保险费"], group.TermList);
    }

    [Theory]
    [InlineData("")]
    [InlineData("社保")]
    [InlineData("社保 社保")]
    [InlineData("一 二 三 四 五 六 七 八 九 十 十一")]
    [InlineData("社保 这是一个超过二十个字的非常非常非常长的同义词")]
    public void A_group_needs_two_to_ten_short_different_words(string terms) =>
        Assert.Throws<DomainException>(() => new SynonymGroup(Guid.NewGuid(), terms, DateTime.UtcNow));
}
