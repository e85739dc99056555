namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>
/// A 公文式 letter (告知书、答复书) to be written as DOCX by <see cref="DocxLetter"/>.
/// Every text is written as given: the caller supplies punctuation such as the "：" after the addressee.
/// </summary>
public sealed record LetterDocument(
    string Title,
    string Number,
    string Addressee,
    IReadOnlyList<LetterParagraph> Body,
    string Signatory,
    DateOnly Date,
    IReadOnlyList<LetterTableRow>? Table = null,
    string? Footnote = null);
