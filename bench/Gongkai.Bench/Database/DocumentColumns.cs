using Gongkai.Bench.Corpus;

namespace Gongkai.Bench.Database;

internal enum ColumnKind
{
    Uuid,
    Text,
    Integer,
    Boolean,
    Date,
    Timestamp,
}

/// <summary>Every column of the documents table (migrations 0002), in order, with the value a generated document gives it.</summary>
internal static class DocumentColumns
{
    public static readonly IReadOnlyList<(string Name, ColumnKind Kind, Func<GeneratedDocument, object?> Value)> All =
    [
        ("id", ColumnKind.Uuid, d => d.Id),
        ("agency_id", ColumnKind.Uuid, d => d.Agency.Id),
        ("drafter_id", ColumnKind.Uuid, d => d.Agency.DrafterId),
        ("status", ColumnKind.Integer, _ => GeneratedDocument.Status),
        ("version", ColumnKind.Integer, _ => 1),
        ("title", ColumnKind.Text, d => d.Title),
        ("document_number", ColumnKind.Text, d => d.DocumentNumber),
        ("issuer_code", ColumnKind.Text, d => d.IssuerCode),
        ("number_year", ColumnKind.Integer, d => d.NumberYear),
        ("number_serial", ColumnKind.Integer, d => d.NumberSerial),
        ("co_issuers", ColumnKind.Text, d => d.CoIssuers),
        ("written_on", ColumnKind.Date, d => d.WrittenOn),
        ("topic_code", ColumnKind.Text, d => d.TopicCode),
        ("genre", ColumnKind.Text, d => d.Genre),
        ("category_id", ColumnKind.Uuid, d => d.CategoryId),
        ("summary", ColumnKind.Text, d => d.Summary),
        ("keywords", ColumnKind.Text, d => d.Keywords),
        ("body_html", ColumnKind.Text, d => d.BodyHtml),
        ("needs_interpretation", ColumnKind.Boolean, _ => false),
        ("attribute", ColumnKind.Integer, _ => GeneratedDocument.Attribute),
        ("attribute_reason", ColumnKind.Text, _ => ""),
        ("attribute_ground", ColumnKind.Text, _ => ""),
        ("is_normative", ColumnKind.Boolean, d => d.IsNormative),
        ("effective_on", ColumnKind.Date, d => d.EffectiveOn),
        ("expires_on", ColumnKind.Date, d => d.ExpiresOn),
        ("validity", ColumnKind.Integer, d => d.Validity),
        ("replaced_by_id", ColumnKind.Uuid, _ => null),
        ("index_number", ColumnKind.Text, d => d.IndexNumber),
        ("published_at", ColumnKind.Timestamp, d => d.PublishedAt),
        ("published_on", ColumnKind.Date, d => d.PublishedOn),
        ("scheduled_at", ColumnKind.Timestamp, _ => null),
        ("publication_due_on", ColumnKind.Date, d => d.PublicationDueOn),
        ("confidentiality_reviewer_id", ColumnKind.Uuid, d => d.Agency.ConfidentialityReviewerId),
        ("confidentiality_reviewer_name", ColumnKind.Text, d => d.Agency.ConfidentialityReviewerName),
        ("review_due_on", ColumnKind.Date, _ => null),
        ("withdrawn_reason", ColumnKind.Text, _ => ""),
        ("created_at", ColumnKind.Timestamp, d => d.CreatedAt),
        ("updated_at", ColumnKind.Timestamp, d => d.PublishedAt),
    ];

    public static string NameList => string.Join(", ", All.Select(c => c.Name));
}
