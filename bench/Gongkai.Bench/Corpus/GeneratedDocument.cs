namespace Gongkai.Bench.Corpus;

/// <summary>
/// One row of the documents table, published (status 5) and proactive (attribute 1). The numbers (发文字号 serial,
/// 索引号) are given afterwards, in order, by <see cref="Numbering"/>.
/// </summary>
internal sealed class GeneratedDocument
{
    public required Guid Id { get; init; }
    public required BenchAgency Agency { get; init; }
    public required string Title { get; init; }
    public required string? IssuerCode { get; init; }
    public required string CoIssuers { get; init; }
    public required DateOnly WrittenOn { get; init; }
    public required string TopicCode { get; init; }
    public required string Genre { get; init; }
    public required Guid CategoryId { get; init; }
    public required string Summary { get; init; }
    public required string Keywords { get; init; }
    public required string BodyHtml { get; init; }
    public required bool IsNormative { get; init; }
    public required DateOnly? EffectiveOn { get; init; }
    public required DateOnly? ExpiresOn { get; init; }
    public required int Validity { get; init; }
    public required DateTime PublishedAt { get; init; }
    public required DateOnly PublishedOn { get; init; }
    public required DateOnly PublicationDueOn { get; init; }
    public required DateTime CreatedAt { get; init; }

    public int? NumberSerial { get; set; }
    public string IndexNumber { get; set; } = "";

    public int? NumberYear => IssuerCode is null ? null : WrittenOn.Year;

    public string? DocumentNumber => IssuerCode is null ? null : $"{IssuerCode}〔{WrittenOn.Year}〕{NumberSerial}号";

    public const int Status = 5;
    public const int Attribute = 1;
}
