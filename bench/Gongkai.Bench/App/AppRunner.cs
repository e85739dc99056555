using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gongkai.Bench.Database;

namespace Gongkai.Bench.App;

/// <summary>
/// Runs the compiled app (a copy of bin/Release/net10.0, so a rebuild during a long run changes nothing) against the
/// bench database: its command-line verbs as child processes, and the web server on a free loopback port.
/// Everything the app prints goes to a log file in the data folder.
/// </summary>
internal sealed class AppRunner(string appDirectory, IBenchDatabase database, string logDirectory)
{
    private string Dll => Path.Combine(appDirectory, "Gongkai.Web.dll");

    /// <summary>Runs `dotnet Gongkai.Web.dll &lt;verb&gt;` to its end; each output line is logged and passed on.</summary>
    public async Task<(int ExitCode, TimeSpan Elapsed)> RunVerbAsync(string verb, bool demoData, Action<string>? onLine = null)
    {
        var log = Path.Combine(logDirectory, $"{verb}.log");
        await using var writer = new StreamWriter(log, append: true) { AutoFlush = true };
        await writer.WriteLineAsync($"== {DateTime.Now:yyyy-MM-dd HH:mm:ss} {verb}");
        using var process = new Process { StartInfo = StartInfo([verb], demoData) };
        var gate = new object();
        void Line(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                writer.WriteLine(line);
                onLine?.Invoke(line);
            }
        }

        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        stopwatch.Stop();
        return (process.ExitCode, stopwatch.Elapsed);
    }

    /// <summary>Starts the web server and waits until /healthz answers 200.</summary>
    public async Task<RunningServer> StartServerAsync(TimeSpan timeout)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = StartInfo(["--urls", baseAddress.ToString().TrimEnd('/')], demoData: false);
        var writer = new StreamWriter(Path.Combine(logDirectory, "server.log"), append: true) { AutoFlush = true };
        await writer.WriteLineAsync($"== {DateTime.Now:yyyy-MM-dd HH:mm:ss} server {baseAddress}");
        var process = new Process { StartInfo = info };
        var gate = new object();
        process.OutputDataReceived += (_, e) => { lock (gate) { writer.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (gate) { writer.WriteLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RunningServer(process, writer, baseAddress);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"应用在启动时退出（代码 {process.ExitCode}），见 {Path.Combine(logDirectory, "server.log")}。");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(baseAddress, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    server.StartedIn = stopwatch.Elapsed;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"应用 {timeout.TotalSeconds:0} 秒内未就绪，见 {Path.Combine(logDirectory, "server.log")}。");
    }

    private ProcessStartInfo StartInfo(IEnumerable<string> arguments, bool demoData)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Development only to let the demo data (agencies, catalogs, accounts) be created; Production otherwise.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = demoData ? "Development" : "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = demoData ? "Development" : "Production";
        info.Environment["Demo__Enabled"] = demoData ? "true" : "false";
        info.Environment["Jobs__Enabled"] = "false";
        info.Environment["Database__Provider"] = database.AppProvider;
        info.Environment["ConnectionStrings__Gongkai"] = database.AppConnectionString;
        info.Environment.Remove("ASPNETCORE_URLS");
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The web server this run started; disposing stops it (that process and its children only).</summary>
internal sealed class RunningServer(Process process, StreamWriter log, Uri baseAddress) : IAsyncDisposable
{
    public Uri BaseAddress => baseAddress;

    public TimeSpan StartedIn { get; set; }

    public int ProcessId => process.Id;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        await log.DisposeAsync();
    }
}
