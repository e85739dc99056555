namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>What the shared fields of the new and edit pages show: the typed input and the documents to choose from.</summary>
public sealed record InterpretationFieldsView(InterpretationInput Input, IReadOnlyList<LinkedDocument> Choices);
