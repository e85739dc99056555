using System.Data;
using System.Data.Common;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Web.Platform.Search;

/// <summary>Commands on the context's own connection and transaction, for the SQL that EF cannot express.</summary>
internal static class DbCommands
{
    public static async Task<DbCommand> CreateAsync(GongkaiDbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>Whether the index holds nothing; the same SQL on both engines.</summary>
    public static async Task<bool> SearchIndexIsEmptyAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await CreateAsync(db, "SELECT count(*) FROM (SELECT 1 FROM search_entries LIMIT 1) AS one", cancellationToken);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static async Task<List<long>> ReadKeysAsync(this DbCommand command, CancellationToken cancellationToken)
    {
        var keys = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetInt64(0));
        }

        return keys;
    }
}
