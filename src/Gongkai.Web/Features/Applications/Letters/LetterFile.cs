namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>A generated letter ready to download.</summary>
public sealed record LetterFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
