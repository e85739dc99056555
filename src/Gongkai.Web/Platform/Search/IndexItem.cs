namespace Gongkai.Web.Platform.Search;

/// <summary>
/// One public item as the index holds it. <see cref="Content"/> is the plain text searched besides the title
/// (numbers, summary, body); the same text is asked again for snippets, so highlights fall where the hits are.
/// </summary>
public sealed record IndexItem(
    string Kind,
    Guid SourceId,
    Guid AgencyId,
    Guid? CategoryId,
    string TopicCode,
    string Genre,
    int Validity,
    DateOnly PublishedOn,
    string Title,
    string? DocumentNumber,
    string? IndexNumber,
    string Content);

/// <summary>What a hit reads back from the index to be shown.</summary>
public sealed record IndexedRow(
    long Key,
    string Kind,
    Guid SourceId,
    Guid AgencyId,
    DateOnly PublishedOn,
    string Title,
    string? DocumentNumber,
    string? IndexNumber);
