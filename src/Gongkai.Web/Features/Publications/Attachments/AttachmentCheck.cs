using System.IO.Compression;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>
/// Accepts an attachment only when its bytes are what its name says (PDF, Word/Excel, WPS, OFD, images) and it is
/// within the size limit; the name alone is never trusted.
/// </summary>
public static class AttachmentCheck
{
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif = "GIF8"u8.ToArray();

    public static readonly IReadOnlyList<string> Extensions = [".pdf", ".docx", ".xlsx", ".doc", ".xls", ".wps", ".et", ".ofd", ".png", ".jpg", ".jpeg", ".gif"];

    /// <summary>Returns the content type to serve the file with, or throws a DomainException saying why it is refused.</summary>
    public static string Verify(string fileName, ReadOnlySpan<byte> content)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (name.Length is 0 or > 200)
        {
            throw new DomainException("附件文件名为空或过长（不超过200个字符）。");
        }

        if (content.Length == 0)
        {
            throw new DomainException($"附件“{name}”是空文件。");
        }

        VerifyLength(name, content.Length);

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var type = extension switch
        {
            ".pdf" when content.StartsWith(Pdf) => "application/pdf",
            ".docx" when IsZipWith(content, "word/") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx" when IsZipWith(content, "xl/") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".ofd" when IsZipWith(content, "OFD.xml") => "application/ofd",
            ".doc" or ".wps" when content.StartsWith(Ole) => "application/msword",
            ".xls" or ".et" when content.StartsWith(Ole) => "application/vnd.ms-excel",
            ".png" when content.StartsWith(Png) => "image/png",
            ".jpg" or ".jpeg" when content.StartsWith(Jpeg) => "image/jpeg",
            ".gif" when content.StartsWith(Gif) => "image/gif",
            _ => null,
        };

        return type ?? throw new DomainException(Extensions.Contains(extension)
            ? $"附件“{name}”的内容与其扩展名不符，可能已损坏或被改名。"
            : $"不支持附件“{name}”的格式；允许：PDF、Word、Excel、WPS、OFD 和 PNG/JPG/GIF 图片。");
    }

    /// <summary>Refuses a file by its length alone, before its bytes are read.</summary>
    public static void VerifyLength(string fileName, long length)
    {
        if (length > MaxBytes)
        {
            throw new DomainException($"附件“{Path.GetFileName(fileName ?? "")}”超过{MaxBytes / 1024 / 1024}MB的大小限制。");
        }
    }

    private static bool IsZipWith(ReadOnlySpan<byte> content, string entryPrefix)
    {
        if (!content.StartsWith(Zip))
        {
            return false;
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content.ToArray()), ZipArchiveMode.Read);
            return archive.Entries.Any(e => e.FullName.StartsWith(entryPrefix, StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
