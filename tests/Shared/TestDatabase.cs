using Npgsql;

namespace Gongkai.Tests;

/// <summary>
/// The database a test host runs on, chosen by GONGKAI_TEST_DB (sqlite, the default, or postgres with the server in
/// GONGKAI_TEST_PG). Each host gets a database of its own: a fresh SQLite file or a fresh PostgreSQL database.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? sqliteFile;
    private readonly string? postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresName = postgresName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public bool IsPostgres => Provider == "Postgres";

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("GONGKAI_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Create() => UsePostgres ? CreatePostgres() : CreateSqlite();

    public static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(TestFolders.Root, $"{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={file}", file, null);
    }

    /// <summary>A fresh database on the server in GONGKAI_TEST_PG (which test.sh sets for both runs).</summary>
    public static TestDatabase CreatePostgres()
    {
        var server = Environment.GetEnvironmentVariable("GONGKAI_TEST_PG")
            ?? throw new InvalidOperationException("PostgreSQL tests need GONGKAI_TEST_PG (a connection string to the server); ./test.sh sets it.");
        var name = $"gongkai_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ToString(), null, name);
    }

    public void Dispose()
    {
        if (sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(sqliteFile + suffix);
                }
                catch (IOException)
                {
                    // A file still held open is left to the temp folder's cleanup.
                }
            }
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("GONGKAI_TEST_PG"));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
    }
}
