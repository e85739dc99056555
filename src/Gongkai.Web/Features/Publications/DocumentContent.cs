namespace Gongkai.Web.Features.Publications;

/// <summary>What the drafter writes; the body is already sanitized.</summary>
public sealed record DocumentContent(
    string Title,
    string? DocumentNumber,
    string CoIssuers,
    DateOnly WrittenOn,
    string TopicCode,
    string Genre,
    Guid CategoryId,
    string Summary,
    string Keywords,
    string BodyHtml,
    bool IsNormative,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    bool NeedsInterpretation);

/// <summary>The disclosure attribute decided at the source, with its reason and legal ground when not proactive.</summary>
public sealed record AttributeDecision(DisclosureAttribute Attribute, string Reason, string Ground, bool HasNonPublicParts);
