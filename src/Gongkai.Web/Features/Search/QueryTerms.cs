using Gongkai.Web.Platform.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>
/// A visitor's query as terms: split at spaces (full-width ones too), each becoming a phrase; terms of only
/// punctuation drop out, repeats count once. Everything else (brackets, 〔〕 or [] in a document number) is left to
/// the analyzer, which treats it as a separator on both sides.
/// </summary>
public static class QueryTerms
{
    public static IReadOnlyList<string> Parse(string? query)
    {
        var text = (query ?? "").Trim();
        if (text.Length == 0)
        {
            throw new DomainException("请输入要检索的词语。");
        }

        if (text.Length > SearchLimits.MaxQueryLength)
        {
            throw new DomainException($"检索词不能超过{SearchLimits.MaxQueryLength}个字。");
        }

        var terms = text.Split([' ', '\u3000', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => SearchPhrase.From(t) is not null)
            .DistinctBy(t => SearchText.Canonical(t))
            .ToList();
        if (terms.Count == 0)
        {
            throw new DomainException("检索词须包含汉字、字母或数字。");
        }

        if (terms.Count > SearchLimits.MaxTerms)
        {
            throw new DomainException($"检索词最多{SearchLimits.MaxTerms}个，请用更少的词。");
        }

        return terms;
    }
}
