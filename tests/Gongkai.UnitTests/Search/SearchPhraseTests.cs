using Gongkai.Web.Platform.Search;

namespace Gongkai.UnitTests.Search;

public sealed class SearchPhraseTests
{
    [Theory]
    [InlineData("社保", "社保", false, "社保")]
    [InlineData("养老金", "养老 老金", false, "养老金")]
    [InlineData("社", "社", true, "社")]
    [InlineData("2014", "2014", false, " 2014 ")]
    [InlineData("〔2014〕61号", "2014 61 号", false, " 2014 61 号")]
    [InlineData("[2014]61号", "2014 61 号", false, " 2014 61 号")]
    [InlineData("鲁人社办发〔2014〕61号", "鲁人 人社 社办 办发 发 2014 61 号", false, "鲁人社办发 2014 61 号")]
    [InlineData("办发2014", "办发 发 2014", false, "办发 2014 ")]
    [InlineData("第3条规定", "第 3 条 条规 规定", false, "第 3 条规定")]
    [InlineData("2014年度报告", "2014 年 年度 度报 报告", false, " 2014 年度报告")]
    [InlineData("ＨＲ", "hr", false, " hr ")]
    public void A_term_becomes_consecutive_tokens_and_a_needle(string term, string tokens, bool prefix, string needle)
    {
        var phrase = SearchPhrase.From(term)!;
        Assert.Equal(tokens, string.Join(' ', phrase.Tokens));
        Assert.Equal(prefix, phrase.LastIsPrefix);
        Assert.Equal(needle, phrase.Needle);
    }

    [Theory]
    [InlineData("")]
    [InlineData("，。！")]
    [InlineData("〔〕")]
    public void Punctuation_alone_is_no_term(string term) => Assert.Null(SearchPhrase.From(term));

    [Theory]
    [InlineData("鲁人社办发〔2014〕61号", "关于印发鲁人社办发[2014]61号文件的通知", true)]
    [InlineData("〔2014〕61号", "鲁人社办发〔2014〕61号", true)]
    [InlineData("〔2014〕61号", "鲁人社办发〔2014〕161号", false)]
    [InlineData("2014", "20145", false)]
    [InlineData("社会保险", "推进社会保险扩面", true)]
    [InlineData("社会保险", "社会。保险", false)]
    [InlineData("险", "社会保险", true)]
    public void The_needle_finds_the_text_it_stands_for(string term, string text, bool expected) =>
        Assert.Equal(expected, SearchPhrase.From(term)!.OccursIn(SearchText.Canonical(text)));

    /// <summary>
    /// The engines match a phrase as consecutive tokens (the last possibly a prefix); the tests of both engines compare
    /// with the needle. Here the two definitions are shown equal on random text over a small alphabet, where
    /// coincidences are frequent.
    /// </summary>
    [Fact]
    public void Consecutive_tokens_match_exactly_where_the_needle_occurs()
    {
        var random = new Random(20261122);
        const string alphabet = "社会保险公开政府ab12，。 〔〕";
        for (var round = 0; round < 20000; round++)
        {
            var text = Random(random, alphabet, random.Next(0, 40));
            var term = Random(random, alphabet, random.Next(1, 7));
            if (SearchPhrase.From(term) is not { } phrase)
            {
                continue;
            }

            var canonical = SearchText.Canonical(text);
            var tokens = IndexTokens.Of(canonical).ToList();
            Assert.True(
                phrase.OccursIn(canonical) == MatchesTokens(tokens, phrase),
                $"“{term}” in “{text}”: needle {phrase.OccursIn(canonical)}, tokens {MatchesTokens(tokens, phrase)}");
        }
    }

    private static bool MatchesTokens(List<string> tokens, SearchPhrase phrase)
    {
        var n = phrase.Tokens.Count;
        for (var start = 0; start + n <= tokens.Count; start++)
        {
            var all = true;
            for (var i = 0; i < n && all; i++)
            {
                var last = i == n - 1;
                all = last && phrase.LastIsPrefix
                    ? tokens[start + i].StartsWith(phrase.Tokens[i], StringComparison.Ordinal)
                    : tokens[start + i] == phrase.Tokens[i];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string Random(Random random, string alphabet, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
}
