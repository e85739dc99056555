using System.Data.Common;
using Gongkai.Bench.Corpus;

namespace Gongkai.Bench.Database;

/// <summary>
/// Reads, on either provider, the agencies and catalogs the demo data created, the demo accounts a document names
/// (drafter, confidentiality reviewer), and the serials already taken.
/// </summary>
internal static class LoadContextReader
{
    public static async Task<LoadContext> ReadAsync(DbConnection connection)
    {
        var categories = new List<(Guid Agency, Guid Id, string Slug)>();
        await foreach (var row in RowsAsync(connection, "SELECT agency_id, id, slug FROM catalog_categories"))
        {
            categories.Add((AsGuid(row[0]), AsGuid(row[1]), (string)row[2]));
        }

        var users = new Dictionary<string, (Guid Id, string Name)>(StringComparer.Ordinal);
        await foreach (var row in RowsAsync(connection,
            "SELECT user_name, id, display_name FROM staff_users WHERE user_name LIKE '%-drafter' OR user_name LIKE '%-confidentialityreviewer'"))
        {
            users[(string)row[0]] = (AsGuid(row[1]), (string)row[2]);
        }

        var agencies = new List<BenchAgency>();
        await foreach (var row in RowsAsync(connection, "SELECT id, code, full_name, short_name, credit_code FROM agencies ORDER BY sort_order, code"))
        {
            var id = AsGuid(row[0]);
            var code = (string)row[1];
            var shortName = (string)row[3];
            var bySlug = categories.Where(c => c.Agency == id).ToDictionary(c => c.Slug, c => c.Id, StringComparer.Ordinal);
            if (bySlug.Count == 0)
            {
                continue;
            }

            // Without demo accounts the ids are made up: drafter_id has no foreign key, the reviewer id may be null.
            var drafter = users.TryGetValue($"{code}-drafter", out var d) ? d.Id : Guid.Parse("00000000-0000-4000-8000-00000000d4af");
            (Guid Id, string Name)? reviewer = users.TryGetValue($"{code}-confidentialityreviewer", out var r) ? r : null;
            agencies.Add(new BenchAgency(id, code, (string)row[2], shortName, (string)row[4], drafter, reviewer?.Id,
                reviewer?.Name ?? $"{shortName}保密审查员", bySlug));
        }

        if (agencies.Count == 0)
        {
            throw new InvalidOperationException("数据库中没有带公开目录的机关：请先用演示数据（Demo:Enabled=true）执行 migrate。");
        }

        var indexSerials = new Dictionary<(Guid Agency, int Year), int>();
        await foreach (var row in RowsAsync(connection, "SELECT agency_id, year, last_serial FROM index_number_counters"))
        {
            indexSerials[(AsGuid(row[0]), Convert.ToInt32(row[1]))] = Convert.ToInt32(row[2]);
        }

        var numbers = new Dictionary<(string Issuer, int Year), int>();
        await foreach (var row in RowsAsync(connection,
            "SELECT issuer_code, number_year, MAX(number_serial) FROM documents WHERE issuer_code IS NOT NULL AND number_year IS NOT NULL GROUP BY issuer_code, number_year"))
        {
            numbers[((string)row[0], Convert.ToInt32(row[1]))] = Convert.ToInt32(row[2]);
        }

        return new LoadContext(agencies, new Numbering(numbers, indexSerials));
    }

    public static async Task<(string Issuer, int Year, int Serial)?> SampleDocumentNumberAsync(DbConnection connection)
    {
        const string Preferred = "WHERE status = 5 AND issuer_code = '鲁人社办发' AND number_year = 2014";
        const string Any = "WHERE status = 5 AND issuer_code IS NOT NULL";
        foreach (var where in new[] { Preferred, Any })
        {
            var count = Convert.ToInt64(await ScalarAsync(connection, $"SELECT COUNT(*) FROM documents {where}"));
            if (count == 0)
            {
                continue;
            }

            await foreach (var row in RowsAsync(connection,
                $"SELECT issuer_code, number_year, number_serial FROM documents {where} ORDER BY issuer_code, number_year, number_serial LIMIT 1 OFFSET {count / 2}"))
            {
                return ((string)row[0], Convert.ToInt32(row[1]), Convert.ToInt32(row[2]));
            }
        }

        return null;
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return await command.ExecuteScalarAsync();
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public static async IAsyncEnumerable<object[]> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            yield return row;
        }
    }

    private static Guid AsGuid(object value) => value switch
    {
        Guid guid => guid,
        string text => Guid.Parse(text),
        byte[] bytes => new Guid(bytes),
        _ => throw new InvalidCastException($"不是 GUID：{value}"),
    };
}
