using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Persistence;

/// <summary>
/// Applies the versioned SQL scripts of the configured provider (embedded from Migrations/&lt;Provider&gt;/NNNN_name.sql)
/// that the database has not recorded yet, each in its own transaction.
/// </summary>
public sealed class SchemaMigrator(GongkaiDbContext db, DatabaseSettings settings, ILogger<SchemaMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (id varchar(128) NOT NULL PRIMARY KEY, applied_at varchar(32) NOT NULL);",
            cancellationToken);
        var applied = new List<string>();
        foreach (var script in Scripts(settings.Provider))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                // Several web nodes may start together: only one migrates at a time.
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4242001);", cancellationToken);
            }

            var done = await db.Database
                .SqlQueryRaw<string>("SELECT id AS \"Value\" FROM schema_migrations WHERE id = {0}", script.Id)
                .AnyAsync(cancellationToken);
            if (!done)
            {
                await db.Database.ExecuteSqlRawAsync(script.Sql, cancellationToken);
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO schema_migrations (id, applied_at) VALUES ({0}, {1})",
                    [script.Id, DateTime.UtcNow.ToString("O")],
                    cancellationToken);
                applied.Add(script.Id);
                logger.LogInformation("已执行数据库迁移 {Migration}", script.Id);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return applied;
    }

    public static IReadOnlyList<(string Id, string Sql)> Scripts(DatabaseProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"Gongkai.Web.Platform.Persistence.Migrations.{provider}.";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[prefix.Length..^4], Read(assembly, n)))];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
