using System.Diagnostics;

namespace Gongkai.Bench.App;

/// <summary>
/// Compiles src/Gongkai.Web in Release and copies bin/Release/net10.0 into the data folder, so the app measured is
/// the one of this moment even if someone rebuilds the tree while a long run goes on.
/// </summary>
internal static class AppBuild
{
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Gongkai.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("找不到仓库根目录（Gongkai.slnx）：请在仓库内运行。");
    }

    public static async Task BuildAsync(string repositoryRoot)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = repositoryRoot, UseShellExecute = false };
        foreach (var argument in new[] { "build", "src/Gongkai.Web", "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("src/Gongkai.Web 的 Release 编译失败。");
        }
    }

    public static string Snapshot(string repositoryRoot, string dataDirectory)
    {
        var source = Path.Combine(repositoryRoot, "src", "Gongkai.Web", "bin", "Release", "net10.0");
        if (!File.Exists(Path.Combine(source, "Gongkai.Web.dll")))
        {
            throw new InvalidOperationException($"{source} 中没有 Gongkai.Web.dll：请先 dotnet build src/Gongkai.Web -c Release。");
        }

        var target = Path.Combine(dataDirectory, "app");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Copy(new DirectoryInfo(source), target);
        return target;
    }

    public static async Task<string> CommitAsync(string repositoryRoot)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = repositoryRoot, UseShellExecute = false, RedirectStandardOutput = true };
            foreach (var argument in new[] { "describe", "--always", "--dirty" })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.GetFiles())
        {
            file.CopyTo(Path.Combine(target, file.Name));
        }

        foreach (var directory in source.GetDirectories())
        {
            Copy(directory, Path.Combine(target, directory.Name));
        }
    }
}
