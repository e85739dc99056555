using System.Globalization;
using Gongkai.Web.Platform.Web;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>The draft form as typed: text, so that a wrong value is shown back as it was entered.</summary>
public sealed class DocumentForm
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    public string? Title { get; set; }
    public string? DocumentNumber { get; set; }
    public string? CoIssuers { get; set; }
    public string? WrittenOn { get; set; }
    public string? TopicCode { get; set; }
    public string? Genre { get; set; }
    public string? CategoryId { get; set; }
    public string? Summary { get; set; }
    public string? Keywords { get; set; }
    public string? BodyHtml { get; set; }
    public bool IsNormative { get; set; }
    public string? EffectiveOn { get; set; }
    public string? ExpiresOn { get; set; }
    public bool NeedsInterpretation { get; set; }

    /// <summary>Proactive, OnRequest or Withheld.</summary>
    public string? Attribute { get; set; }

    public string? AttributeReason { get; set; }
    public string? AttributeGround { get; set; }
    public bool HasNonPublicParts { get; set; }

    public static DocumentForm From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentForm
        {
            Title = document.Title,
            DocumentNumber = document.DocumentNumber,
            CoIssuers = document.CoIssuers,
            WrittenOn = Text(document.WrittenOn),
            TopicCode = document.TopicCode,
            Genre = document.Genre,
            CategoryId = document.CategoryId.ToString(),
            Summary = document.Summary,
            Keywords = document.Keywords,
            BodyHtml = document.BodyHtml,
            IsNormative = document.IsNormative,
            EffectiveOn = document.EffectiveOn is { } effective ? Text(effective) : "",
            ExpiresOn = document.ExpiresOn is { } expires ? Text(expires) : "",
            NeedsInterpretation = document.NeedsInterpretation,
            Attribute = document.Attribute.ToString(),
            AttributeReason = document.AttributeReason,
            AttributeGround = document.AttributeGround,
        };
    }

    /// <summary>The content as the domain takes it; the body is sanitized here. Throws a DomainException on a wrong value.</summary>
    public DocumentContent ToContent()
    {
        if (!Guid.TryParse(CategoryId, out var category))
        {
            throw new DomainException("请选择公开目录。");
        }

        return new DocumentContent(
            Title ?? "",
            string.IsNullOrWhiteSpace(DocumentNumber) ? null : DocumentNumber.Trim(),
            CoIssuers ?? "",
            ParseDate(WrittenOn, "成文日期") ?? throw new DomainException("请填写成文日期。"),
            TopicCode ?? "",
            Genre ?? "",
            category,
            Summary ?? "",
            Keywords ?? "",
            HtmlSanitizer.Sanitize(BodyHtml),
            IsNormative,
            IsNormative ? ParseDate(EffectiveOn, "实施日期") : null,
            IsNormative ? ParseDate(ExpiresOn, "有效期至（废止日期）") : null,
            NeedsInterpretation);
    }

    public AttributeDecision ToDecision()
    {
        var attribute = ParseAttribute(Attribute);
        return new AttributeDecision(attribute, AttributeReason ?? "", (AttributeGround ?? "").Trim(), HasNonPublicParts);
    }

    public static DateOnly? ParseDate(string? text, string field)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainException($"{field}“{value}”格式不正确，应如“2026-03-02”。");
    }

    public static DisclosureAttribute ParseAttribute(string? text) =>
        Enum.TryParse<DisclosureAttribute>(text, ignoreCase: true, out var attribute)
        && Enum.IsDefined(attribute)
        && !int.TryParse(text, out _)
            ? attribute
            : throw new DomainException("请选择公开属性（主动公开、依申请公开或不予公开）。");

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
