namespace Gongkai.Web.Platform.Search;

/// <summary>
/// What the engines look for: every term must occur in the title or the content; a term is found through any of its
/// alternatives (the term itself and its synonyms).
/// </summary>
public sealed record IndexQuery(IReadOnlyList<IReadOnlyList<SearchPhrase>> Terms, IndexFilter Filter);

/// <summary>The filters, each null for any. Publication years arrive as a key range (keys grow with the publication date).</summary>
public sealed record IndexFilter(
    Guid? AgencyId = null,
    IReadOnlyList<Guid>? CategoryIds = null,
    string? TopicCode = null,
    string? Genre = null,
    int? Validity = null,
    string? Kind = null,
    DateOnly? PublishedFrom = null,
    DateOnly? PublishedTo = null)
{
    public long? KeyFrom => PublishedFrom is { } from ? SearchKeys.FirstOf(from) : null;

    public long? KeyTo => PublishedTo is { } to ? SearchKeys.LastOf(to) : null;
}
