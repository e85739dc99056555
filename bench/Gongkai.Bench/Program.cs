using System.Diagnostics;
using Gongkai.Bench;
using Gongkai.Bench.App;
using Gongkai.Bench.Corpus;
using Gongkai.Bench.Database;
using Gongkai.Bench.Queries;
using Gongkai.Bench.Reporting;

// The search benchmark (issue 4): generate and load N published documents, time `reindex`, time /api/search.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Sample > 0)
{
    CorpusSample.Print(options.Seed, options.Sample);
    return 0;
}

Directory.CreateDirectory(options.Data);
var logs = Path.Combine(options.Data, "logs");
Directory.CreateDirectory(logs);
using var report = new ReportWriter(Path.Combine(options.Data, $"report-{DateTime.Now:yyyyMMdd-HHmmss}.txt"));
var root = AppBuild.RepositoryRoot();
IBenchDatabase database = options.IsSqlite ? new SqliteBenchDatabase(options.Data) : new PostgresBenchDatabase(options.Connection!);

string appDirectory;
if (options.AppDirectory is not null)
{
    appDirectory = options.AppDirectory;
}
else
{
    if (!options.NoBuild)
    {
        Console.WriteLine("== dotnet build src/Gongkai.Web -c Release");
        await AppBuild.BuildAsync(root);
    }

    appDirectory = AppBuild.Snapshot(root, options.Data);
}

var app = new AppRunner(appDirectory, database, logs);
var total = Stopwatch.StartNew();
report.Line($"== Gongkai search benchmark, {DateTime.Now:yyyy-MM-dd HH:mm}, commit {await AppBuild.CommitAsync(root)}");
report.Line($"machine : {MachineInfo.Describe(options.Data)}");
report.Line($"provider: {database.AppProvider}; " + (options.Reuse ? "documents: those already loaded (--reuse)" : $"documents to generate: {options.Documents:N0} (seed {options.Seed})") +
    $"; data: {options.Data}; app: {appDirectory}");
report.Line();

double? loadSeconds = null;
if (!options.Reuse)
{
    Console.WriteLine("== recreating the database; migrate with demo data (agencies, catalogs, accounts, 20 demo documents)");
    await database.RecreateAsync();
    var migrate = await app.RunVerbAsync("migrate", demoData: true);
    if (migrate.ExitCode != 0)
    {
        report.Line($"!! migrate failed (exit {migrate.ExitCode}); see {logs}/migrate.log");
        return 1;
    }

    var context = await database.ReadContextAsync();
    var generator = new CorpusGenerator(options.Seed, context.Agencies, DateOnly.FromDateTime(DateTime.Now));
    Console.WriteLine($"== loading {options.Documents:N0} generated documents ({context.Agencies.Count} agencies, {options.BatchSize:N0} per transaction)");
    var load = Stopwatch.StartNew();
    await database.LoadAsync(CorpusStream.Start(generator, context.Numbering, options.Documents), options.BatchSize,
        loaded => Console.WriteLine($"   {loaded,12:N0} loaded, {loaded / load.Elapsed.TotalSeconds,8:N0} docs/s, {load.Elapsed.TotalSeconds,7:0.0} s"));
    await database.SaveCountersAsync(context.Numbering.IndexCounters);
    loadSeconds = load.Elapsed.TotalSeconds;
    report.Line($"load    : {options.Documents:N0} documents in {loadSeconds:0.0} s = {options.Documents / loadSeconds:N0} docs/s (generation and insert overlapped)");
}
else
{
    var migrate = await app.RunVerbAsync("migrate", demoData: false);
    if (migrate.ExitCode != 0)
    {
        report.Line($"!! migrate failed (exit {migrate.ExitCode}); see {logs}/migrate.log");
        return 1;
    }

    report.Line("load    : skipped (--reuse)");
}

var published = await database.CountPublishedAsync();
report.Line($"engine  : {await database.VersionAsync()}");
report.Line($"corpus  : {published:N0} published documents in the database (generated + demo)");

double? indexRate = null;
var summary = "";
if (!options.SkipReindex)
{
    report.Line($"load avg: {MachineInfo.LoadAverage()} before reindex");
    Console.WriteLine("== reindex");
    var tail = new Queue<string>();
    var (exitCode, elapsed) = await app.RunVerbAsync("reindex", demoData: false, line =>
    {
        Console.WriteLine($"   | {line}");
        tail.Enqueue(line);
        if (tail.Count > 4)
        {
            tail.Dequeue();
        }
    });
    if (exitCode != 0)
    {
        report.Line($"!! reindex failed (exit {exitCode}) after {elapsed.TotalSeconds:0.0} s; see {logs}/reindex.log");
        return 1;
    }

    indexRate = published / elapsed.TotalSeconds;
    report.Line($"reindex : {published:N0} documents in {elapsed.TotalSeconds:0.0} s (wall time of the child process, start-up included) = {indexRate:N0} docs/s; target >= 2,000: {(indexRate >= 2000 ? "yes" : "NO")}");
    foreach (var line in tail)
    {
        report.Line($"          | {line}");
    }

    var settle = Stopwatch.StartNew();
    await database.SettleAsync();
    if (!options.IsSqlite)
    {
        report.Line($"settle  : VACUUM (ANALYZE) in {settle.Elapsed.TotalSeconds:0.0} s (what autovacuum would do soon after)");
    }
}
else
{
    report.Line("reindex : skipped (--skip-reindex)");
}

Console.WriteLine("== database size");
var size = await database.SizeAsync();
report.Line($"db size : {size.TotalBytes / 1e9:0.00} GB ({size.TotalBytes / 1048576.0:N0} MiB){(published > 0 ? $", {size.TotalBytes / (double)published / 1024:0.0} KiB per document" : "")}");
foreach (var (name, bytes) in size.Parts)
{
    report.Line($"          {bytes / 1048576.0,10:N1} MiB  {name}");
}

if (size.Note.Length > 0)
{
    report.Line($"          ({size.Note})");
}

report.Line();
if (!options.SkipQueries)
{
    var number = await database.SampleDocumentNumberAsync();
    var queries = QuerySet.Build(number);
    Console.WriteLine($"== starting the server ({queries.Count} queries: {QuerySet.Classes.Count} classes x 3 texts x {QuerySet.Variants.Count} variants)");
    await using var server = await app.StartServerAsync(TimeSpan.FromMinutes(10));
    using var runner = new QueryRunner(server.BaseAddress, options.Seed);
    var warm = Stopwatch.StartNew();
    var first = await runner.SendAsync(queries[0]);
    await runner.WarmUpAsync(queries, rounds: 2);
    report.Line($"server  : ready in {server.StartedIn.TotalSeconds:0.0} s (pid {server.ProcessId}, {server.BaseAddress}); first query {first.Milliseconds:0} ms; warm-up (2 rounds of {queries.Count}) {warm.Elapsed.TotalSeconds:0.0} s");
    report.Line($"load avg: {MachineInfo.LoadAverage()} before the timed queries ({Environment.ProcessorCount} CPUs)");
    Console.WriteLine($"== {options.Repeat} sequential rounds, then the same number of requests from {options.Clients} clients");
    var sequential = await runner.SequentialAsync(queries, options.Repeat);
    var concurrent = await runner.ConcurrentAsync(queries, options.Repeat, options.Clients);
    report.Line();
    var figures = QueryReport.Print(report, queries, sequential.Samples, sequential.Elapsed, concurrent.Samples, concurrent.Elapsed, options.Clients);
    report.Line($"load avg: {MachineInfo.LoadAverage()} after the timed queries");
    summary = $", worst class p95 {figures.WorstP95:0.0} ms ({figures.WorstClass}), {figures.Sequential:0.0} req/s sequential, " +
        $"{figures.Concurrent:0.0} req/s with {options.Clients} clients";
}

report.Line();
report.Line($"summary : {database.AppProvider}, {published:N0} documents, index {(indexRate is null ? "-" : $"{indexRate:N0} docs/s")}, " +
    $"{size.TotalBytes / 1e9:0.00} GB{summary}");
report.Line($"== done in {total.Elapsed.TotalMinutes:0.0} min; report kept in {report.File}; app logs in {logs}");
return 0;
