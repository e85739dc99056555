using Gongkai.Web.Platform.Search;

namespace Gongkai.UnitTests.Search;

public sealed class IndexTokensTests
{
    [Theory]
    [InlineData("社会保险", "社 社会 会保 保险 险")]
    [InlineData("社", "社")]
    [InlineData("就业 2014年", "就 就业 业 2014 年")]
    [InlineData("鲁人社办发〔2014〕61号", "鲁 鲁人 人社 社办 办发 发 2014 61 号")]
    [InlineData("ＡＢＣ abc", "abc abc")]
    [InlineData("……", "")]
    public void Han_runs_give_their_edges_and_pairs_words_stay_whole(string text, string expected) =>
        Assert.Equal(expected, IndexTokens.Join(SearchText.Canonical(text)));

    [Fact]
    public void A_very_long_word_is_cut()
    {
        var word = new string('a', 500);
        Assert.Equal(IndexTokens.MaxWordLength, IndexTokens.Of(SearchText.Canonical(word)).Single().Length);
    }

    [Fact]
    public void The_fast_join_writes_the_same_tokens_as_the_list()
    {
        var random = new Random(11);
        const string alphabet = "社会保险𠀀ab12，。 ＡＢ";
        for (var round = 0; round < 2000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var canonical = SearchText.Canonical(text.Replace("\uD840", "\uD840\uDC00", StringComparison.Ordinal));
            Assert.Equal(string.Join(' ', IndexTokens.Of(canonical)), IndexTokens.Join(canonical));
        }
    }
}
