using System.Globalization;

namespace Gongkai.Web.Features.Publications.Staff;

public static class AttachmentSize
{
    /// <summary>1.2 MB, 356 KB, 12 字节.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " 字节",
    };
}
