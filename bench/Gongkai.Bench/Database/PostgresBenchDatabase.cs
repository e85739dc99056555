using Gongkai.Bench.Corpus;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Bench.Database;

/// <summary>
/// The PostgreSQL database named in the connection string, dropped and created afresh for a run (never the
/// maintenance database). Loading uses binary COPY, one COPY (one transaction) per batch.
/// </summary>
internal sealed class PostgresBenchDatabase : IBenchDatabase
{
    private readonly NpgsqlConnectionStringBuilder builder;

    public PostgresBenchDatabase(string connectionString)
    {
        builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "gongkai_bench";
        }

        if (builder.Database is "postgres" or "template0" or "template1")
        {
            throw new ArgumentException($"基准测试会删除并重建数据库，不能使用 {builder.Database}：请在连接串中写 Database=gongkai_bench。");
        }
    }

    public string AppProvider => "Postgres";

    public string AppConnectionString => builder.ConnectionString;

    public async Task RecreateAsync()
    {
        var maintenance = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        var name = new NpgsqlCommandBuilder().QuoteIdentifier(builder.Database!);
        await LoadContextReader.ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await LoadContextReader.ExecuteAsync(connection, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
    }

    public async Task<LoadContext> ReadContextAsync()
    {
        await using var connection = await OpenAsync();
        return await LoadContextReader.ReadAsync(connection);
    }

    public async Task LoadAsync(IAsyncEnumerable<GeneratedDocument[]> chunks, int batchSize, Action<long> progress)
    {
        await using var connection = await OpenAsync();
        await LoadContextReader.ExecuteAsync(connection, "SET synchronous_commit = off");
        var columns = DocumentColumns.All;
        var types = columns.Select(c => c.Kind switch
        {
            ColumnKind.Uuid => NpgsqlDbType.Uuid,
            ColumnKind.Integer => NpgsqlDbType.Integer,
            ColumnKind.Boolean => NpgsqlDbType.Boolean,
            ColumnKind.Date => NpgsqlDbType.Date,
            ColumnKind.Timestamp => NpgsqlDbType.TimestampTz,
            _ => NpgsqlDbType.Text,
        }).ToArray();
        var copy = $"COPY documents ({DocumentColumns.NameList}) FROM STDIN (FORMAT BINARY)";

        long loaded = 0;
        NpgsqlBinaryImporter? importer = null;
        var inBatch = 0;
        await foreach (var chunk in chunks)
        {
            foreach (var document in chunk)
            {
                importer ??= await connection.BeginBinaryImportAsync(copy);
                await importer.StartRowAsync();
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].Value(document);
                    if (value is null)
                    {
                        await importer.WriteNullAsync();
                    }
                    else
                    {
                        await importer.WriteAsync(value, types[i]);
                    }
                }

                loaded++;
                if (++inBatch == batchSize)
                {
                    await importer.CompleteAsync();
                    await importer.DisposeAsync();
                    importer = null;
                    inBatch = 0;
                    progress(loaded);
                }
            }
        }

        if (importer is not null)
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
            progress(loaded);
        }

        await LoadContextReader.ExecuteAsync(connection, "VACUUM (ANALYZE) documents");
    }

    public async Task SaveCountersAsync(IDictionary<(Guid Agency, int Year), int> counters)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var ((agency, year), last) in counters)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO index_number_counters (agency_id, year, last_serial) VALUES (@agency, @year, @serial)
                ON CONFLICT (agency_id, year) DO UPDATE SET last_serial = excluded.last_serial
                """, connection, transaction);
            command.Parameters.AddWithValue("agency", agency);
            command.Parameters.AddWithValue("year", year);
            command.Parameters.AddWithValue("serial", last);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task<long> CountPublishedAsync()
    {
        await using var connection = await OpenAsync();
        return Convert.ToInt64(await LoadContextReader.ScalarAsync(connection, "SELECT COUNT(*) FROM documents WHERE status = 5"));
    }

    public async Task<(string Issuer, int Year, int Serial)?> SampleDocumentNumberAsync()
    {
        await using var connection = await OpenAsync();
        return await LoadContextReader.SampleDocumentNumberAsync(connection);
    }

    // A loaded server's autovacuum would have analysed the new index within a minute or so; do it now, once.
    public async Task SettleAsync()
    {
        await using var connection = await OpenAsync();
        await LoadContextReader.ExecuteAsync(connection, "VACUUM (ANALYZE)");
    }

    public async Task<string> VersionAsync()
    {
        await using var connection = await OpenAsync();
        var version = await LoadContextReader.ScalarAsync(connection, "SHOW server_version");
        var settings = new List<string>();
        await foreach (var row in LoadContextReader.RowsAsync(connection,
            "SELECT name || '=' || current_setting(name) FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'maintenance_work_mem', 'fsync', 'synchronous_commit', 'jit') ORDER BY name"))
        {
            settings.Add((string)row[0]);
        }

        return $"PostgreSQL {version} ({string.Join(", ", settings)})";
    }

    public async Task<DatabaseSize> SizeAsync()
    {
        await using var connection = await OpenAsync();
        var total = Convert.ToInt64(await LoadContextReader.ScalarAsync(connection, "SELECT pg_database_size(current_database())"));
        var parts = new List<(string Name, long Bytes)>();
        await foreach (var row in LoadContextReader.RowsAsync(connection, """
            SELECT CASE c.relkind WHEN 'i' THEN 'index ' ELSE 'table+toast+indexes ' END || c.relname,
                   CASE c.relkind WHEN 'i' THEN pg_relation_size(c.oid) ELSE pg_total_relation_size(c.oid) END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm', 'i')
            ORDER BY 2 DESC LIMIT 14
            """))
        {
            parts.Add(((string)row[0], Convert.ToInt64(row[1])));
        }

        return new DatabaseSize(total, parts, "");
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
