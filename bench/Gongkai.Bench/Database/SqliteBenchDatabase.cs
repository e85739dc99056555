using System.Globalization;
using Gongkai.Bench.Corpus;
using Microsoft.Data.Sqlite;

namespace Gongkai.Bench.Database;

/// <summary>
/// The SQLite file under the data folder. Loading uses one prepared INSERT, tens of thousands of rows per transaction,
/// with synchronous=OFF for the load only: values are written as EF Core writes them (upper-case GUID text,
/// yyyy-MM-dd dates, yyyy-MM-dd HH:mm:ss UTC instants).
/// </summary>
internal sealed class SqliteBenchDatabase(string dataDirectory) : IBenchDatabase
{
    private readonly string path = Path.Combine(dataDirectory, "gongkai.db");

    public string AppProvider => "Sqlite";

    public string AppConnectionString => $"Data Source={path}";

    public Task RecreateAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    public async Task<LoadContext> ReadContextAsync()
    {
        await using var connection = await OpenAsync();
        return await LoadContextReader.ReadAsync(connection);
    }

    public async Task LoadAsync(IAsyncEnumerable<GeneratedDocument[]> chunks, int batchSize, Action<long> progress)
    {
        await using var connection = await OpenAsync();
        foreach (var pragma in new[] { "PRAGMA synchronous = OFF", "PRAGMA cache_size = -1048576", "PRAGMA temp_store = MEMORY" })
        {
            await LoadContextReader.ExecuteAsync(connection, pragma);
        }

        await using var insert = connection.CreateCommand();
        var columns = DocumentColumns.All;
        insert.CommandText = $"INSERT INTO documents ({DocumentColumns.NameList}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((c, i) => insert.Parameters.Add($"$p{i}", c.Kind is ColumnKind.Integer or ColumnKind.Boolean ? SqliteType.Integer : SqliteType.Text)).ToArray();

        long loaded = 0;
        SqliteTransaction? transaction = null;
        var inTransaction = 0;
        await foreach (var chunk in chunks)
        {
            foreach (var document in chunk)
            {
                if (transaction is null)
                {
                    transaction = connection.BeginTransaction();
                    insert.Transaction = transaction;
                    insert.Prepare();
                }

                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = ToSqlite(columns[i].Value(document));
                }

                insert.ExecuteNonQuery();
                loaded++;
                if (++inTransaction == batchSize)
                {
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = null;
                    inTransaction = 0;
                    progress(loaded);
                }
            }
        }

        if (transaction is not null)
        {
            transaction.Commit();
            transaction.Dispose();
            progress(loaded);
        }

        await LoadContextReader.ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    public async Task SaveCountersAsync(IDictionary<(Guid Agency, int Year), int> counters)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO index_number_counters (agency_id, year, last_serial) VALUES ($agency, $year, $serial)
            ON CONFLICT (agency_id, year) DO UPDATE SET last_serial = excluded.last_serial
            """;
        var agency = command.Parameters.Add("$agency", SqliteType.Text);
        var year = command.Parameters.Add("$year", SqliteType.Integer);
        var serial = command.Parameters.Add("$serial", SqliteType.Integer);
        foreach (var ((agencyId, y), last) in counters)
        {
            agency.Value = ToSqlite(agencyId);
            year.Value = y;
            serial.Value = last;
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

    public Task SettleAsync() => Task.CompletedTask;

    // The bench references the same EF Core SQLite package as the app, so this is the app's e_sqlite3 too.
    public async Task<string> VersionAsync()
    {
        await using var connection = await OpenAsync();
        return $"SQLite {await LoadContextReader.ScalarAsync(connection, "SELECT sqlite_version()")} (e_sqlite3)";
    }

    public async Task<DatabaseSize> SizeAsync()
    {
        var files = new[] { path, path + "-wal", path + "-shm" }
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.Exists(f) ? new FileInfo(f).Length : 0L))
            .ToList();
        var parts = new List<(string Name, long Bytes)>(files.Select(f => ($"file {f.Name}", f.Bytes)));
        var note = "";
        const string PerObject = "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 14";
        try
        {
            // dbstat reads every page: slow on a large file, but it shows how much is table and how much is index.
            await using var connection = await OpenAsync();
            await foreach (var row in LoadContextReader.RowsAsync(connection, PerObject))
            {
                parts.Add(((string)row[0], Convert.ToInt64(row[1])));
            }
        }
        catch (SqliteException)
        {
            // The bundled e_sqlite3 is built without dbstat; the sqlite3 shell of the system usually has it.
            var shell = await SqliteShell.QueryAsync(path, PerObject);
            if (shell is null)
            {
                note = "no per-table sizes: dbstat is missing from e_sqlite3 and no sqlite3 shell was found";
            }
            else
            {
                parts.AddRange(shell);
                note = "per-table sizes from the sqlite3 shell's dbstat";
            }
        }

        return new DatabaseSize(files.Sum(f => f.Bytes), parts, note);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString("D").ToUpperInvariant(),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };
}
