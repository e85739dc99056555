namespace Gongkai.Web.Features.Publications.Attachments;

/// <summary>A checked file written to the <see cref="AttachmentStore"/>: what any feature records about its attachment.</summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, string Sha256, string StorageKey);
