namespace Gongkai.Web.Features.Search;

/// <summary>
/// Words that mean the same to people searching 人社 information (社保 / 社会保险): a query term equal to one of them
/// also finds the others. The list is platform-wide and edited by platform administrators.
/// </summary>
public sealed class SynonymGroup
{
    public const int MaxTermLength = 20;
    public const int MaxTerms = 10;

    private SynonymGroup()
    {
    }

    public SynonymGroup(Guid id, string terms, DateTime now)
    {
        Id = id;
        Change(terms, now);
    }

    public Guid Id { get; private set; }

    /// <summary>The words, separated by single spaces, as typed (the analyzer folds them when searching).</summary>
    public string Terms { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<string> TermList => Terms.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Accepts words separated by spaces, commas, 、 or /; at least two different words.</summary>
    public void Change(string terms, DateTime now)
    {
        var words = Parse(terms);
        Terms = string.Join(' ', words);
        UpdatedAt = now;
    }

    public static IReadOnlyList<string> Parse(string? text)
    {
        var words = (text ?? "")
            .Split([' ', '\u3000', ',', '，', '、', '/', ';', '；', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim())
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (words.Count < 2)
        {
            throw new DomainException("同义词组至少需要两个不同的词，词之间用空格、逗号或顿号分隔。");
        }

        if (words.Count > MaxTerms)
        {
            throw new DomainException($"一个同义词组最多{MaxTerms}个词。");
        }

        var tooLong = words.FirstOrDefault(w => w.Length > MaxTermLength);
        if (tooLong is not null)
        {
            throw new DomainException($"“{tooLong}”超过{MaxTermLength}个字。");
        }

        return words;
    }
}
