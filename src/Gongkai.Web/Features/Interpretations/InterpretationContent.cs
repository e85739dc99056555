namespace Gongkai.Web.Features.Interpretations;

/// <summary>What the drafter writes: the body is already sanitized, the documents already checked to be the agency's own.</summary>
public sealed record InterpretationContent(
    string Title,
    InterpretationForm Form,
    string BodyHtml,
    string? MediaUrl,
    IReadOnlyList<QuestionAnswer> Questions,
    IReadOnlyList<Guid> DocumentIds);

public sealed record QuestionAnswer(string Question, string Answer);
