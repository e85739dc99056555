using System.Globalization;

namespace Gongkai.Bench;

/// <summary>The command line: `dotnet run --project bench/Gongkai.Bench -c Release -- --provider sqlite --documents 1000000 …`.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        用法 / usage:
          dotnet run --project bench/Gongkai.Bench -c Release -- [options]

          --provider sqlite|postgres   数据库 (default sqlite)
          --documents N                生成并载入的已发布文件数 (default 20000)
          --data DIR                   基准数据目录：SQLite 文件、应用快照、日志 (default /tmp/gongkai-bench-<provider>)
          --connection "Host=…"        PostgreSQL 连接串；其中的数据库会被删除重建（除非 --reuse），不能是 postgres
          --reuse                      数据已存在：不重建、不载入（仍执行 reindex，除非 --skip-reindex）
          --skip-reindex               不执行 reindex（索引已是最新）
          --skip-queries               只载入和建索引
          --no-build                   不编译应用（使用已有的 src/Gongkai.Web/bin/Release/net10.0）
          --app DIR                    使用该目录下已编译的 Gongkai.Web.dll（隐含 --no-build）
          --seed N                     语料随机种子 (default 20260401)
          --repeat N                   每个查询的计时次数 (default 5)
          --clients N                  并发客户端数 (default 4)
          --batch N                    每个事务载入的文件数 (default 20000)
          --sample N                   只打印 N 篇生成的文件和查询集，不碰数据库
        """;

    public string Provider { get; init; } = "sqlite";
    public int Documents { get; init; } = 20_000;
    public string? DataDirectory { get; init; }
    public string? Connection { get; init; }
    public bool Reuse { get; init; }
    public bool SkipReindex { get; init; }
    public bool SkipQueries { get; init; }
    public bool NoBuild { get; init; }
    public string? AppDirectory { get; init; }
    public int Seed { get; init; } = 20_260_401;
    public int Repeat { get; init; } = 5;
    public int Clients { get; init; } = 4;
    public int BatchSize { get; init; } = 20_000;
    public int Sample { get; init; }

    public bool IsSqlite => Provider == "sqlite";

    public string Data => DataDirectory ?? Path.Combine(Path.GetTempPath(), $"gongkai-bench-{Provider}");

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} 需要一个值。");
            int Number() => int.Parse(Value().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--provider" => options with { Provider = Value().ToLowerInvariant() switch
                {
                    "sqlite" => "sqlite",
                    "postgres" or "postgresql" or "pg" => "postgres",
                    var other => throw new ArgumentException($"未知的数据库 {other}（sqlite 或 postgres）。"),
                } },
                "--documents" or "-n" => options with { Documents = Number() },
                "--data" => options with { DataDirectory = Path.GetFullPath(Value()) },
                "--connection" => options with { Connection = Value() },
                "--reuse" => options with { Reuse = true },
                "--skip-reindex" => options with { SkipReindex = true },
                "--skip-queries" => options with { SkipQueries = true },
                "--no-build" => options with { NoBuild = true },
                "--app" => options with { AppDirectory = Path.GetFullPath(Value()), NoBuild = true },
                "--seed" => options with { Seed = Number() },
                "--repeat" => options with { Repeat = Math.Max(1, Number()) },
                "--clients" => options with { Clients = Math.Max(1, Number()) },
                "--batch" => options with { BatchSize = Math.Max(1, Number()) },
                "--sample" => options with { Sample = Math.Max(1, Number()) },
                _ => throw new ArgumentException($"未知的参数 {args[i]}。"),
            };
        }

        if (!options.IsSqlite && options.Sample == 0 && string.IsNullOrWhiteSpace(options.Connection))
        {
            throw new ArgumentException("PostgreSQL 需要 --connection \"Host=127.0.0.1;Port=…;Username=postgres;Database=gongkai_bench\"。");
        }

        return options;
    }
}
