using System.IO.Compression;
using Gongkai.Web.Features.Publications.Attachments;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// The ZIP of attachments that comes with a sheet. Its entries are only ever read into memory, never extracted to a
/// path, and an entry whose name climbs out of the archive (“../”, a root or a drive) makes the whole archive refused.
/// Names without the UTF-8 flag are read as GB18030 when they are not valid UTF-8: that is how the zip tool of a
/// Chinese Windows writes them.
/// </summary>
internal sealed class AttachmentArchive : IDisposable
{
    private readonly Stream stream;
    private readonly ZipArchive archive;
    private readonly Dictionary<string, ZipArchiveEntry> byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ZipArchiveEntry>> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ZipArchiveEntry, string?> checkedEntries = [];

    private AttachmentArchive(Stream stream, ZipArchive archive)
    {
        this.stream = stream;
        this.archive = archive;
        foreach (var entry in archive.Entries)
        {
            var path = Normalize(entry.FullName);
            if (!IsSafe(path))
            {
                UnsafeEntries.Add(entry.FullName);
                continue;
            }

            // Folders, and the resource forks macOS adds to archives it makes, are not attachments.
            if (path.EndsWith('/') || path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith("._", StringComparison.Ordinal))
            {
                continue;
            }

            byPath[path] = entry;
            var name = Path.GetFileName(path);
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }

            list.Add(entry);
        }
    }

    public List<string> UnsafeEntries { get; } = [];

    /// <summary>Opens the archive over the stream, which it then owns.</summary>
    public static AttachmentArchive Open(Stream stream)
    {
        try
        {
            var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Any(e => e.FullName.Contains('\uFFFD', StringComparison.Ordinal)))
            {
                archive.Dispose();
                stream.Position = 0;
                archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true, CsvSheetReader.Gb18030());
            }

            return new AttachmentArchive(stream, archive);
        }
        catch (InvalidDataException)
        {
            stream.Dispose();
            throw new DomainException("无法打开附件压缩包：它可能已损坏，或者不是 ZIP 格式。");
        }
    }

    /// <summary>A name is safe when it stays inside the archive: no “..” segment, no leading slash, no drive letter.</summary>
    public static bool IsSafe(string name)
    {
        var path = Normalize(name);
        return path.Length > 0
            && !path.StartsWith('/')
            && !path.Contains(':', StringComparison.Ordinal)
            && !path.Contains('\0', StringComparison.Ordinal)
            && path.Split('/').All(segment => segment != "..");
    }

    /// <summary>Finds the entry a cell names, by its path in the archive or, when that is unambiguous, by its file name alone.</summary>
    public ZipArchiveEntry Find(string name)
    {
        var path = Normalize(name);
        if (!IsSafe(path))
        {
            throw new DomainException($"附件名“{name}”含有不安全的路径（“..”、根目录或盘符）。");
        }

        if (byPath.TryGetValue(path, out var exact))
        {
            return exact;
        }

        if (byName.TryGetValue(Path.GetFileName(path), out var matches) && !path.Contains('/', StringComparison.Ordinal))
        {
            return matches.Count == 1
                ? matches[0]
                : throw new DomainException($"附件压缩包中有{matches.Count}个名为“{name}”的文件，请写出它在压缩包中的完整路径。");
        }

        throw new DomainException($"附件压缩包中没有“{name}”。");
    }

    /// <summary>Checks the entry's bytes with <see cref="AttachmentCheck"/> once, however many rows name it.</summary>
    public void Verify(ZipArchiveEntry entry)
    {
        if (!checkedEntries.TryGetValue(entry, out var error))
        {
            try
            {
                AttachmentCheck.Verify(FileNameOf(entry), Read(entry));
                error = null;
            }
            catch (DomainException ex)
            {
                error = ex.Message;
            }

            checkedEntries[entry] = error;
        }

        if (error is not null)
        {
            throw new DomainException(error);
        }
    }

    /// <summary>The entry's bytes, refusing anything larger than an attachment may be, whatever size the entry claims.</summary>
    public static byte[] Read(ZipArchiveEntry entry)
    {
        if (entry.Length > AttachmentCheck.MaxBytes)
        {
            throw TooLarge(entry);
        }

        try
        {
            using var source = entry.Open();
            using var buffer = new MemoryStream((int)Math.Max(0, entry.Length));
            var chunk = new byte[81920];
            int read;
            while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > AttachmentCheck.MaxBytes)
                {
                    throw TooLarge(entry);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new DomainException($"附件压缩包中的“{entry.FullName}”无法解压（可能已损坏或已加密）。");
        }
    }

    public void Dispose()
    {
        archive.Dispose();
        stream.Dispose();
    }

    /// <summary>The entry's file name without its folders, whichever slash the zip tool used.</summary>
    public static string FileNameOf(ZipArchiveEntry entry) => Path.GetFileName(Normalize(entry.FullName));

    private static DomainException TooLarge(ZipArchiveEntry entry) =>
        new($"附件“{FileNameOf(entry)}”超过{AttachmentCheck.MaxBytes / 1024 / 1024}MB的大小限制。");

    private static string Normalize(string name) => (name ?? "").Trim().Replace('\\', '/');
}
