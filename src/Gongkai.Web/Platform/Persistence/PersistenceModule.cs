using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Persistence;

public static class PersistenceModule
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString("Gongkai") ?? "Data Source=data/gongkai.db";
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteFileUnder(environment.ContentRootPath, connectionString);
        }

        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        services.AddScoped<AuditInterceptor>();
        services.AddSearchIndex(provider);
        services.AddDbContext<GongkaiDbContext>((sp, options) =>
        {
            _ = provider == DatabaseProvider.Sqlite
                ? options.UseSqlite(connectionString)
                : options.UseNpgsql(connectionString);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<SearchIndexInterceptor>());
        });
        services.AddScoped<SchemaMigrator>();
        return services;
    }

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"] ?? "Sqlite";
        return value.ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"不支持的数据库类型 Database:Provider = {value}（可选 Sqlite 或 Postgres）。"),
        };
    }

    // A relative SQLite path is taken from the content root, and its folder is created, so a fresh clone just runs.
    private static string SqliteFileUnder(string contentRoot, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }
}

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
