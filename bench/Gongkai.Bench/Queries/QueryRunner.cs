using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Gongkai.Bench.Queries;

/// <summary>What one request took and returned.</summary>
internal sealed record Sample(BenchQuery Query, double Milliseconds, int Status, long? Total, bool TotalIsLowerBound, int Items, string? Error);

/// <summary>
/// Sends the query set through HTTP, timing each request from send to the last byte of the body: warm-up rounds
/// (not counted), then <c>repeat</c> rounds one request at a time, then the same number of requests from
/// <c>clients</c> concurrent clients.
/// </summary>
internal sealed class QueryRunner(Uri baseAddress, int seed) : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public void Dispose() => client.Dispose();

    public async Task WarmUpAsync(IReadOnlyList<BenchQuery> queries, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                await SendAsync(query);
            }
        }
    }

    public async Task<(List<Sample> Samples, TimeSpan Elapsed)> SequentialAsync(IReadOnlyList<BenchQuery> queries, int repeat)
    {
        var samples = new List<Sample>(queries.Count * repeat);
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < repeat; round++)
        {
            foreach (var query in Shuffled(queries, round))
            {
                samples.Add(await SendAsync(query));
            }
        }

        return (samples, stopwatch.Elapsed);
    }

    public async Task<(List<Sample> Samples, TimeSpan Elapsed)> ConcurrentAsync(IReadOnlyList<BenchQuery> queries, int repeat, int clients)
    {
        var work = new ConcurrentQueue<BenchQuery>(Enumerable.Range(0, repeat).SelectMany(round => Shuffled(queries, 1000 + round)));
        var samples = new ConcurrentBag<Sample>();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (work.TryDequeue(out var query))
            {
                samples.Add(await SendAsync(query));
            }
        })));
        return (samples.ToList(), stopwatch.Elapsed);
    }

    public async Task<Sample> SendAsync(BenchQuery query)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(new Uri(query.PathAndQuery, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            stopwatch.Stop();
            if (!response.IsSuccessStatusCode)
            {
                var text = System.Text.Encoding.UTF8.GetString(body);
                return new Sample(query, stopwatch.Elapsed.TotalMilliseconds, (int)response.StatusCode, null, false, 0, text.Length > 300 ? text[..300] : text);
            }

            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            long? total = root.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : null;
            var lowerBound = root.TryGetProperty("totalIsLowerBound", out var l) && l.ValueKind == JsonValueKind.True;
            var items = root.TryGetProperty("items", out var i) && i.ValueKind == JsonValueKind.Array ? i.GetArrayLength() : 0;
            return new Sample(query, stopwatch.Elapsed.TotalMilliseconds, (int)response.StatusCode, total, lowerBound, items, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new Sample(query, stopwatch.Elapsed.TotalMilliseconds, 0, null, false, 0, e.Message);
        }
    }

    private List<BenchQuery> Shuffled(IReadOnlyList<BenchQuery> queries, int round)
    {
        var random = new Random(seed + round);
        return queries.OrderBy(_ => random.Next()).ToList();
    }
}
