using Gongkai.Bench.Corpus;

namespace Gongkai.Bench.Database;

/// <summary>What the benchmark does with a database directly, beside the app: create, fill, inspect, measure.</summary>
internal interface IBenchDatabase
{
    /// <summary>The app's Database:Provider value.</summary>
    string AppProvider { get; }

    /// <summary>The app's ConnectionStrings:Gongkai value.</summary>
    string AppConnectionString { get; }

    /// <summary>Removes the database (files, or the PostgreSQL database) so the app creates it afresh.</summary>
    Task RecreateAsync();

    Task<LoadContext> ReadContextAsync();

    /// <summary>Inserts the documents, calling back with the running count after each transaction.</summary>
    Task LoadAsync(IAsyncEnumerable<GeneratedDocument[]> chunks, int batchSize, Action<long> progress);

    /// <summary>Writes the index-number counters back, so documents published later in the app get fresh numbers.</summary>
    Task SaveCountersAsync(IDictionary<(Guid Agency, int Year), int> counters);

    Task<long> CountPublishedAsync();

    /// <summary>A generated 发文字号 (issuer, year, serial) to search for, preferably 鲁人社办发 of 2014.</summary>
    Task<(string Issuer, int Year, int Serial)?> SampleDocumentNumberAsync();

    /// <summary>What a running server would soon have done by itself (PostgreSQL: autovacuum's ANALYZE).</summary>
    Task SettleAsync();

    /// <summary>The engine's version as the app sees it (the bundled e_sqlite3, or the server).</summary>
    Task<string> VersionAsync();

    /// <summary>The total size and its largest parts, for the report.</summary>
    Task<DatabaseSize> SizeAsync();
}

internal sealed record LoadContext(IReadOnlyList<BenchAgency> Agencies, Numbering Numbering);

internal sealed record DatabaseSize(long TotalBytes, IReadOnlyList<(string Name, long Bytes)> Parts, string Note);
