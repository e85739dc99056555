namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>A row of the two-column table that may follow a letter's body.</summary>
public sealed record LetterTableRow(string Label, string Value);
