namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>A paragraph of a letter's body; a heading is set in 黑体 instead of 仿宋.</summary>
public sealed record LetterParagraph(string Text, bool Heading = false);
