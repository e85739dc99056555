using System.Security.Cryptography;

namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>
/// Keeps attachment bytes on disk under Attachments:Root (default data/attachments beside the database), named by a
/// key the application makes, never by the uploaded name. Documents and consultation drafts keep their files here.
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
        var file = await StoreAsync(fileName, content, now);
        return new DocumentAttachment(documentId, file.FileName, file.ContentType, file.Size, file.Sha256, file.StorageKey, now, sortOrder);
    }

    /// <summary>
    /// Checks the file with <see cref="AttachmentCheck"/> (a DomainException says why it is refused) and writes it;
    /// the caller records the returned key, and deletes the file again if its own save fails.
    /// </summary>
    public async Task<StoredFile> StoreAsync(string fileName, byte[] content, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var contentType = AttachmentCheck.Verify(fileName, content);
        var key = $"{now:yyyy}/{Guid.NewGuid():N}{Path.GetExtension(fileName).ToLowerInvariant()}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        return new StoredFile(Path.GetFileName(fileName), contentType, content.Length, hash, key);
    }

    public Stream Open(DocumentAttachment attachment) => Open(attachment.StorageKey);

    public Stream Open(string storageKey) => File.OpenRead(PathOf(storageKey));

    public void Delete(DocumentAttachment attachment) => Delete(attachment.StorageKey);

    public void Delete(string storageKey)
    {
        var path = PathOf(storageKey);
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
