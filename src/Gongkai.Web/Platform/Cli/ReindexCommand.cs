using System.Globalization;
using Gongkai.Web.Platform.Search;

namespace Gongkai.Web.Platform.Cli;

/// <summary>`reindex`: rebuilds the search index from everything public, printing progress about once a second.</summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var rebuild = services.GetRequiredService<SearchIndexRebuild>();
        var lastPrinted = TimeSpan.Zero;
        Console.WriteLine("正在重建检索索引……");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var count = await rebuild.RunAsync(
            progress =>
            {
                if (progress.Elapsed - lastPrinted >= TimeSpan.FromSeconds(1) || progress.SourceDone == progress.SourceTotal)
                {
                    lastPrinted = progress.Elapsed;
                    var percent = progress.SourceTotal == 0 ? 100 : progress.SourceDone * 100.0 / progress.SourceTotal;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {progress.Kind}: {progress.SourceDone:N0}/{progress.SourceTotal:N0}（{percent:F1}%），每秒 {progress.PerSecond:N0} 条"));
                }
            },
            CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"索引完成：共 {count:N0} 条，用时 {seconds:F1} 秒，每秒 {count / Math.Max(seconds, 0.001):N0} 条。"));
        return 0;
    }
}
