namespace Gongkai.Web.Features.Publications.Import;

/// <summary>Limits of one import, from the Import section of the configuration.</summary>
internal sealed class ImportLimits
{
    public const string Section = "Import";

    public int MaxSheetMegabytes { get; set; } = 10;
    public int MaxRows { get; set; } = 5000;
    public int MaxZipMegabytes { get; set; } = 200;

    public long MaxSheetBytes => MaxSheetMegabytes * 1024L * 1024;
    public long MaxZipBytes => MaxZipMegabytes * 1024L * 1024;

    /// <summary>Both files and the form around them.</summary>
    public long MaxRequestBytes => MaxSheetBytes + MaxZipBytes + (1024L * 1024);
}
