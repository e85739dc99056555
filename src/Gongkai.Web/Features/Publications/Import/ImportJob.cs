namespace Gongkai.Web.Features.Publications.Import;

internal enum ImportJobState
{
    Queued,
    Checking,
    Importing,
    Succeeded,
    Refused,
    Failed,
}

/// <summary>A row that was imported, for the result page and the report.</summary>
internal sealed record ImportedRow(int Row, string Title, string IndexNumber, Guid DocumentId);

/// <summary>
/// One import, from upload to result. The background task writes it and the progress page reads it from other threads:
/// counters are updated atomically, lists are replaced whole when the job ends.
/// </summary>
internal sealed class ImportJob
{
    private int state;
    private int totalRows;
    private int checkedRows;
    private int importedRows;

    public ImportJob(Guid id, Guid agencyId, string agencyCode, Guid userId, string userName, string fileName, string? zipFileName, DateTime createdAt)
    {
        Id = id;
        AgencyId = agencyId;
        AgencyCode = agencyCode;
        UserId = userId;
        UserName = userName;
        FileName = fileName;
        ZipFileName = zipFileName;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }
    public Guid AgencyId { get; }
    public string AgencyCode { get; }
    public Guid UserId { get; }
    public string UserName { get; }
    public string FileName { get; }
    public string? ZipFileName { get; }
    public DateTime CreatedAt { get; }
    public DateTime? FinishedAt { get; private set; }

    /// <summary>The uploaded sheet, held until the task has read it.</summary>
    public byte[]? Sheet { get; set; }

    /// <summary>The uploaded ZIP in a temporary file, deleted when the task ends.</summary>
    public string? ZipPath { get; set; }

    public ImportJobState State => (ImportJobState)Volatile.Read(ref state);
    public bool IsFinished => State is ImportJobState.Succeeded or ImportJobState.Refused or ImportJobState.Failed;
    public int TotalRows => Volatile.Read(ref totalRows);
    public int CheckedRows => Volatile.Read(ref checkedRows);
    public int ImportedRows => Volatile.Read(ref importedRows);

    public IReadOnlyList<ImportRefusal> Refusals { get; private set; } = [];
    public IReadOnlyList<ImportedRow> Imported { get; private set; } = [];
    public string Error { get; private set; } = "";

    public void StartChecking(int rows)
    {
        Volatile.Write(ref totalRows, rows);
        Volatile.Write(ref state, (int)ImportJobState.Checking);
    }

    public void RowChecked() => Interlocked.Increment(ref checkedRows);

    public void StartImporting() => Volatile.Write(ref state, (int)ImportJobState.Importing);

    public void RowImported() => Interlocked.Increment(ref importedRows);

    public void Succeed(IReadOnlyList<ImportedRow> imported, DateTime now)
    {
        Imported = imported;
        Finish(ImportJobState.Succeeded, now);
    }

    public void Refuse(IReadOnlyList<ImportRefusal> refusals, DateTime now)
    {
        Refusals = [.. refusals.OrderBy(r => r.Row)];
        Finish(ImportJobState.Refused, now);
    }

    /// <summary>Everything was rolled back: nothing of the file is in the platform.</summary>
    public void Fail(string error, DateTime now)
    {
        Error = error;
        Volatile.Write(ref importedRows, 0);
        Finish(ImportJobState.Failed, now);
    }

    private void Finish(ImportJobState final, DateTime now)
    {
        Sheet = null;
        FinishedAt = now;
        Volatile.Write(ref state, (int)final);
    }
}

internal static class ImportJobStateNames
{
    public static string ToChinese(this ImportJobState state) => state switch
    {
        ImportJobState.Queued => "等待开始",
        ImportJobState.Checking => "正在检查",
        ImportJobState.Importing => "正在导入",
        ImportJobState.Succeeded => "导入完成",
        ImportJobState.Refused => "未导入：表格中有错误",
        ImportJobState.Failed => "导入失败，已全部撤销",
        _ => state.ToString(),
    };
}
