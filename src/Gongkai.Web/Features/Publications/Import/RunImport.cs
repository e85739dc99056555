using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// Runs one import in the background: reads the sheet, checks every row, and only when no row is refused creates all
/// documents in one transaction, already published. Nothing is half-imported: a refused file writes nothing, and a
/// failure during the import rolls the transaction back and deletes the attachment files already written.
/// </summary>
internal sealed partial class RunImport(
    GongkaiDbContext db,
    AgencyCatalog catalog,
    IndexNumbers indexNumbers,
    AttachmentStore store,
    WorkingCalendar calendar,
    TimeProvider time,
    IOptions<ImportLimits> limits,
    ILogger<RunImport> logger)
{
    private const int BatchSize = 50;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task HandleAsync(ImportJob job, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(job, cancellationToken);
        }
        finally
        {
            job.Sheet = null;
            if (job.ZipPath is not null)
            {
                File.Delete(job.ZipPath);
            }
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        var refusals = new List<ImportRefusal>();
        ImportSheet sheet;
        try
        {
            sheet = SheetReader.Read(job.FileName, job.Sheet ?? [], limits.Value.MaxRows);
        }
        catch (DomainException ex)
        {
            Refuse(job, [ImportRefusal.ForFile(ex.Message)]);
            return;
        }

        job.Sheet = null;
        var columns = ImportColumns.Map(sheet.Headers, refusals);
        if (refusals.Count > 0)
        {
            Refuse(job, refusals);
            return;
        }

        AttachmentArchive? archive = null;
        if (job.ZipPath is not null)
        {
            try
            {
                archive = AttachmentArchive.Open(File.OpenRead(job.ZipPath));
            }
            catch (DomainException ex)
            {
                Refuse(job, [ImportRefusal.ForFile(ex.Message)]);
                return;
            }

            refusals.AddRange(archive.UnsafeEntries.Select(name =>
                ImportRefusal.ForFile($"附件压缩包中的“{name}”路径不安全（含有“..”、根目录或盘符），整个压缩包不予接受。")));
        }

        using (archive)
        {
            job.StartChecking(sheet.Rows.Count);
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == job.AgencyId, cancellationToken);
            var categories = await catalog.EnsureAsync(agency.Id);
            var checker = new ImportRowChecker(columns, categories, ChineseDate.Today(time), archive, sheet.Date1904);
            var rows = new List<CheckedRow>();
            foreach (var row in sheet.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (checker.Check(row, refusals) is { } passed)
                {
                    rows.Add(passed);
                }

                job.RowChecked();
            }

            refusals.AddRange(DuplicatesInFile(rows));
            refusals.AddRange(await DuplicatesInPlatformAsync(agency.Id, rows, cancellationToken));
            if (refusals.Count > 0)
            {
                Refuse(job, refusals);
                return;
            }

            await ImportAsync(job, agency, rows, cancellationToken);
        }
    }

    private static IEnumerable<ImportRefusal> DuplicatesInFile(List<CheckedRow> rows)
    {
        foreach (var group in rows.Where(r => r.IndexNumber is not null).GroupBy(r => r.IndexNumber!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var row in group)
            {
                yield return new ImportRefusal(row.Row, row.Content.Title, $"索引号“{group.Key}”在表格中重复（第{Rows(group)}行）。");
            }
        }

        foreach (var group in rows.GroupBy(r => (r.Content.Title, r.Content.WrittenOn)).Where(g => g.Count() > 1))
        {
            foreach (var row in group)
            {
                yield return new ImportRefusal(row.Row, row.Content.Title, $"表格中有标题和成文日期都相同的行（第{Rows(group)}行），同一份文件只能导入一次。");
            }
        }
    }

    private static string Rows(IEnumerable<CheckedRow> rows) => string.Join("、", rows.Select(r => r.Row));

    private async Task<List<ImportRefusal>> DuplicatesInPlatformAsync(Guid agencyId, List<CheckedRow> rows, CancellationToken cancellationToken)
    {
        var refusals = new List<ImportRefusal>();
        var numbers = rows.Where(r => r.IndexNumber is not null).Select(r => r.IndexNumber!).Distinct().ToList();
        var taken = numbers.Count == 0
            ? []
            : (await db.Set<Document>().Where(d => d.IndexNumber != null && numbers.Contains(d.IndexNumber)).Select(d => d.IndexNumber!).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
        refusals.AddRange(rows.Where(r => r.IndexNumber is not null && taken.Contains(r.IndexNumber))
            .Select(r => new ImportRefusal(r.Row, r.Content.Title, $"索引号“{r.IndexNumber}”已被平台中的其他文件使用，索引号不能重复。")));

        var titles = rows.Select(r => r.Content.Title).Distinct().ToList();
        var existing = (await db.Set<Document>().Where(d => d.AgencyId == agencyId && titles.Contains(d.Title))
                .Select(d => new { d.Title, d.WrittenOn }).ToListAsync(cancellationToken))
            .Select(d => (d.Title, d.WrittenOn)).ToHashSet();
        refusals.AddRange(rows.Where(r => existing.Contains((r.Content.Title, r.Content.WrittenOn)))
            .Select(r => new ImportRefusal(r.Row, r.Content.Title, "本机关已有标题和成文日期都相同的文件（可能已经导入过）。")));
        return refusals;
    }

    private async Task ImportAsync(ImportJob job, Agency agency, List<CheckedRow> rows, CancellationToken cancellationToken)
    {
        job.StartImporting();
        var importedAt = time.GetUtcNow().UtcDateTime;
        var importedOn = ChineseDate.Today(time);
        var actor = Actor(job);
        var working = await calendar.CurrentAsync(cancellationToken);
        var reserved = rows.Where(r => r.IndexNumber is not null).Select(r => r.IndexNumber!).ToHashSet(StringComparer.Ordinal);
        var written = new List<DocumentAttachment>();
        var imported = new List<ImportedRow>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var pending = 0;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var at = AlreadyPublished.At(row.PublishedOn);
                var note = $"批量导入：“{job.FileName}”第{row.Row}行，导入于{ChineseDate.Format(importedOn)}。";
                var document = new Document(Guid.NewGuid(), agency.Id, job.UserId, row.Content, ImportRowChecker.Proactive, PublicationDeadline.DueOn(working, row.Content.WrittenOn), at);
                document.Submit(actor, at);
                document.PassOfficeReview(actor, note, at);
                document.PassConfidentialityReview(actor, note, at);
                var indexNumber = row.IndexNumber ?? await AllocateAsync(agency, row.PublishedOn.Year, reserved, cancellationToken);
                document.Publish(actor, indexNumber, row.PublishedOn, at);
                ApplyValidity(document, row.Validity, actor, importedOn, at);
                db.Add(document);
                for (var i = 0; i < row.Attachments.Count; i++)
                {
                    var entry = row.Attachments[i];
                    var attachment = await store.SaveAsync(document.Id, AttachmentArchive.FileNameOf(entry), AttachmentArchive.Read(entry), importedAt, i);
                    written.Add(attachment);
                    db.Add(attachment);
                }

                imported.Add(new ImportedRow(row.Row, document.Title, indexNumber, document.Id));
                job.RowImported();
                if (++pending == BatchSize)
                {
                    // Saved inside the transaction, and forgotten by the context, so that 5,000 rows do not stay tracked.
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    pending = 0;
                }
            }

            db.Add(Audit(job, rows.Count, importedAt));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            db.ChangeTracker.Clear();
            foreach (var attachment in written)
            {
                store.Delete(attachment);
            }

            LogFailed(logger, ex, job.Id, job.AgencyCode);
            job.Fail(ex is OperationCanceledException
                ? "服务停止，导入中断；已写入的内容已全部撤销，请重新导入。"
                : "导入时发生错误（可能有人同时发布了文件），已写入的内容已全部撤销，请重新导入。", time.GetUtcNow().UtcDateTime);
            return;
        }

        job.Succeed(imported, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The system actor the workflow is moved by: it holds every role and carries the name of the person who imported.</summary>
    public static StaffActor Actor(ImportJob job)
    {
        const string prefix = "批量导入（";
        var name = job.UserName.Length > 64 - prefix.Length - 1 ? job.UserName[..(64 - prefix.Length - 1)] : job.UserName;
        return new StaffActor(job.UserId, $"{prefix}{name}）", new HashSet<string>(StaffRole.All));
    }

    // An index number the old site gave (or one a staff member typed) may already look like the next generated one:
    // the counter then moves past it, and a number is never reused.
    private async Task<string> AllocateAsync(Agency agency, int year, HashSet<string> reserved, CancellationToken cancellationToken)
    {
        while (true)
        {
            var candidate = await indexNumbers.NextAsync(agency, year);
            if (!reserved.Contains(candidate) && !await db.Set<Document>().AnyAsync(d => d.IndexNumber == candidate, cancellationToken))
            {
                reserved.Add(candidate);
                return candidate;
            }
        }
    }

    // The sheet's 有效性 wins when it says the document no longer applies; otherwise a past expiry date makes it 失效 now.
    private static void ApplyValidity(Document document, Validity? validity, StaffActor actor, DateOnly today, DateTime at)
    {
        if (!document.IsNormative)
        {
            return;
        }

        if (validity is Validity.Expired or Validity.Repealed or Validity.Amended)
        {
            if (document.Validity != validity)
            {
                document.ChangeValidity(actor, validity.Value, null, at);
            }

            return;
        }

        document.ExpireIfDue(today);
    }

    private static AuditEntry Audit(ImportJob job, int rows, DateTime at)
    {
        var changes = new Dictionary<string, Dictionary<string, string?>>
        {
            ["表格文件"] = After(job.FileName),
            ["附件压缩包"] = After(job.ZipFileName),
            ["导入行数"] = After(rows.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["导入任务"] = After(job.Id.ToString()),
        };
        return new AuditEntry(at, job.UserId, job.UserName, job.AgencyId, $"POST /admin/{job.AgencyCode}/manage/import（后台导入任务）",
            "DocumentImport", job.Id.ToString(), "新增", JsonSerializer.Serialize(changes, Json));

        static Dictionary<string, string?> After(string? value) => new() { ["before"] = null, ["after"] = value };
    }

    private void Refuse(ImportJob job, IReadOnlyList<ImportRefusal> refusals) => job.Refuse(refusals, time.GetUtcNow().UtcDateTime);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {JobId} of agency {AgencyCode} failed and was rolled back")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId, string agencyCode);
}
