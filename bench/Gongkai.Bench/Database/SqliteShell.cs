using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Gongkai.Bench.Database;

/// <summary>Runs a read-only query with the system's sqlite3 shell, for what the bundled library lacks (dbstat).</summary>
internal static class SqliteShell
{
    public static async Task<List<(string Name, long Bytes)>?> QueryAsync(string databasePath, string sql)
    {
        var info = new ProcessStartInfo("sqlite3") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-readonly", databasePath, sql })
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                return null;
            }

            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('|'))
                .Where(cells => cells.Length == 2)
                .Select(cells => (cells[0], long.Parse(cells[1], CultureInfo.InvariantCulture)))
                .ToList();
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
