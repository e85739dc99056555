namespace Gongkai.Bench.Corpus;

/// <summary>An agency as the database has it (from the demo data), with what a generated document needs of it.</summary>
internal sealed record BenchAgency(
    Guid Id,
    string Code,
    string FullName,
    string ShortName,
    string CreditCode,
    Guid DrafterId,
    Guid? ConfidentialityReviewerId,
    string ConfidentialityReviewerName,
    IReadOnlyDictionary<string, Guid> CategoriesBySlug)
{
    /// <summary>山东省, 北京市, 浑江区: the short name without 人社厅/人社局.</summary>
    public string Place => ShortName.Replace("人社厅", "", StringComparison.Ordinal).Replace("人社局", "", StringComparison.Ordinal);

    public Guid Category(string slug) =>
        CategoriesBySlug.TryGetValue(slug, out var id) ? id : CategoriesBySlug.Values.First();
}
