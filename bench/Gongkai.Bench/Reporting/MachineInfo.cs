using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Gongkai.Bench.Reporting;

/// <summary>What the figures were measured on: cores, CPU model, memory, the disk under the data folder.</summary>
internal static partial class MachineInfo
{
    public static string Describe(string dataDirectory)
    {
        var cpu = Read("/proc/cpuinfo").Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memory = MemTotal().Match(Read("/proc/meminfo")) is { Success: true } m ? $"{long.Parse(m.Groups[1].Value) / 1024.0 / 1024.0:0.0} GiB" : "?";
        var drive = new DriveInfo(Path.GetPathRoot(Path.GetFullPath(dataDirectory)) ?? "/");
        return $"{Environment.ProcessorCount} CPU ({cpu}), RAM {memory}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
            $"disk {drive.Name} {drive.TotalSize / 1e9:0} GB ({drive.AvailableFreeSpace / 1e9:0} GB free)";
    }

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine shows in the figures.</summary>
    public static string LoadAverage() => string.Join(' ', Read("/proc/loadavg").Split(' ').Take(3));

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    [GeneratedRegex(@"MemTotal:\s+(\d+) kB")]
    private static partial Regex MemTotal();
}
