using System.Security.Cryptography;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>
/// Keeps attachment bytes on disk under Attachments:Root (default data/attachments beside the database), named by a
/// key the application makes, never by the uploaded name.
/// </summary>
public sealed class AttachmentStore
{
    private readonly string root;

    public AttachmentStore(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Attachments:Root"] ?? "data/attachments";
        root = Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(root);
    }

    /// <summary>Checks and stores the file; the caller adds the returned attachment to its unit of work.</summary>
    public async Task<DocumentAttachment> SaveAsync(Guid documentId, string fileName, byte[] content, DateTime now, int sortOrder)
    {
        var contentType = AttachmentCheck.Verify(fileName, content);
        var key = $"{now:yyyy}/{Guid.NewGuid():N}{Path.GetExtension(fileName).ToLowerInvariant()}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        return new DocumentAttachment(documentId, Path.GetFileName(fileName), contentType, content.Length, hash, key, now, sortOrder);
    }

    public Stream Open(DocumentAttachment attachment) => File.OpenRead(PathOf(attachment.StorageKey));

    public void Delete(DocumentAttachment attachment)
    {
        var path = PathOf(attachment.StorageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root, StringComparison.Ordinal) ? path : throw new InvalidOperationException("附件路径不合法。");
    }
}
