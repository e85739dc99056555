using System.Data.Common;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Platform;

/// <summary>The SQL migrations and the EF model must describe the same schema, on whichever provider this run uses.</summary>
public sealed class SchemaMatchesModelTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task Migrated_tables_and_columns_match_the_model()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var actual = (await ReadColumnsAsync(db, factory.Database.IsPostgres)).Where(c => !IsEngineOwned(c)).ToHashSet();
        var expected = ModelColumns(db.Model, factory.Database.IsPostgres);

        var missing = expected.Except(actual).Order().ToList();
        var extra = actual.Except(expected).Order().ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"迁移脚本与模型不一致。\n模型有而数据库没有：\n{string.Join('\n', missing)}\n数据库有而模型没有：\n{string.Join('\n', extra)}");
        Assert.Contains(actual, c => c.StartsWith("agencies.code ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrated_indexes_match_the_model()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var actual = (await ReadIndexesAsync(db, factory.Database.IsPostgres)).Where(i => !IsEngineOwned(i)).ToHashSet();
        var expected = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes())
            .Select(i => $"{i.DeclaringEntityType.GetTableName()}.{i.GetDatabaseName()} unique={i.IsUnique}")
            .ToHashSet();
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public async Task Every_migration_is_recorded_once()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var recorded = await db.Database.SqlQueryRaw<string>("SELECT id AS \"Value\" FROM schema_migrations").ToListAsync();
        var scripts = Gongkai.Web.Platform.Persistence.SchemaMigrator.Scripts(
            factory.Database.IsPostgres ? Gongkai.Web.Platform.Persistence.DatabaseProvider.Postgres : Gongkai.Web.Platform.Persistence.DatabaseProvider.Sqlite);
        Assert.Equal(scripts.Select(s => s.Id).Order(), recorded.Order());

        var again = await scope.ServiceProvider.GetRequiredService<Gongkai.Web.Platform.Persistence.SchemaMigrator>().MigrateAsync();
        Assert.Empty(again);
    }

    /// <summary>The search index is written by the search engines in SQL of their own (Platform/Search), outside the model.</summary>
    [Fact]
    public async Task The_search_index_tables_exist_beside_the_model()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var columns = await ReadColumnsAsync(db, factory.Database.IsPostgres);
        Assert.Contains(columns, c => c.StartsWith("search_entries.key ", StringComparison.Ordinal));
        Assert.Contains(columns, c => c.StartsWith(factory.Database.IsPostgres ? "search_entries.terms " : "search_index.content ", StringComparison.Ordinal));
        Assert.DoesNotContain(db.Model.GetEntityTypes(), e => IsEngineOwned(e.GetTableName() + "."));
    }

    private static bool IsEngineOwned(string tableDotRest) =>
        tableDotRest.StartsWith("search_entries.", StringComparison.Ordinal) || tableDotRest.StartsWith("search_index", StringComparison.Ordinal);

    private static HashSet<string> ModelColumns(IModel model, bool postgres)
    {
        var columns = new HashSet<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var type = postgres ? NormalizePostgresType(property.GetColumnType(store)) : SqliteAffinity(property.GetColumnType(store));
                columns.Add($"{table}.{property.GetColumnName(store)} {type} null={property.IsColumnNullable(store)}");
            }
        }

        return columns;
    }

    private static async Task<HashSet<string>> ReadColumnsAsync(DbContext db, bool postgres)
    {
        var sql = postgres
            ? """
              SELECT table_name || '.' || column_name || ' ' ||
                     CASE WHEN character_maximum_length IS NOT NULL THEN data_type || '(' || character_maximum_length || ')' ELSE data_type END ||
                     ' null=' || CASE WHEN is_nullable = 'YES' THEN 'True' ELSE 'False' END
              FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
              """
            : """
              SELECT m.name || '.' || p.name || ' ' || upper(p.type) || ' null=' || CASE WHEN p."notnull" = 1 OR p.pk > 0 THEN 'False' ELSE 'True' END
              FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'schema_migrations'
              """;
        return [.. await QueryStringsAsync(db, sql)];
    }

    private static async Task<HashSet<string>> ReadIndexesAsync(DbContext db, bool postgres)
    {
        var sql = postgres
            ? """
              SELECT t.relname || '.' || i.relname || ' unique=' || CASE WHEN ix.indisunique THEN 'True' ELSE 'False' END
              FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
              JOIN pg_namespace n ON n.oid = t.relnamespace
              WHERE n.nspname = 'public' AND NOT ix.indisprimary AND t.relname <> 'schema_migrations'
              """
            : """
              SELECT m.name || '.' || l.name || ' unique=' || CASE WHEN l."unique" = 1 THEN 'True' ELSE 'False' END
              FROM sqlite_master m JOIN pragma_index_list(m.name) l
              WHERE m.type = 'table' AND l.origin = 'c'
              """;
        return [.. await QueryStringsAsync(db, sql)];
    }

    private static async Task<List<string>> QueryStringsAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var result = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                result.Add(reader.GetString(0));
            }

            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string NormalizePostgresType(string type) => type switch
    {
        "uuid" => "uuid",
        "text" => "text",
        "integer" => "integer",
        "bigint" => "bigint",
        "boolean" => "boolean",
        "date" => "date",
        "timestamp with time zone" => "timestamp with time zone",
        "numeric" => "numeric",
        _ when type.StartsWith("character varying", StringComparison.Ordinal) => type,
        _ when type.StartsWith("numeric", StringComparison.Ordinal) => "numeric",
        _ => type,
    };

    private static string SqliteAffinity(string type) => type.ToUpperInvariant();
}
