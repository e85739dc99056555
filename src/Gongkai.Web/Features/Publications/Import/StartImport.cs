using Gongkai.Web.Features.Agencies;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// Takes the upload: checks what can be checked at once (a file is there, its kind, its size), keeps the files for the
/// background task (the sheet in memory, the ZIP in a temporary file) and queues the job.
/// </summary>
internal sealed class StartImport(ImportJobs jobs, IOptions<ImportLimits> options, TimeProvider time)
{
    private static readonly string TemporaryFolder = Path.Combine(Path.GetTempPath(), "gongkai-import");

    public async Task<ImportJob> HandleAsync(Agency agency, Guid userId, string userName, IFormFile? sheet, IFormFile? zip, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (sheet is null || sheet.Length == 0)
        {
            throw new DomainException("请选择要导入的表格文件（XLSX 或 CSV）。");
        }

        var sheetName = NameOf(sheet);
        if (!SheetReader.Extensions.Contains(Path.GetExtension(sheetName).ToLowerInvariant()))
        {
            throw new DomainException("表格文件只能是 XLSX 或 CSV 格式（旧版 XLS 请先在 Excel 中另存为 XLSX）。");
        }

        if (sheet.Length > limits.MaxSheetBytes)
        {
            throw new DomainException($"表格文件超过了{limits.MaxSheetMegabytes}MB的限制，请分成几个文件导入。");
        }

        string? zipName = null;
        if (zip is { Length: > 0 })
        {
            zipName = NameOf(zip);
            if (!string.Equals(Path.GetExtension(zipName), ".zip", StringComparison.OrdinalIgnoreCase))
            {
                throw new DomainException("附件请打包成一个 ZIP 文件上传。");
            }

            if (zip.Length > limits.MaxZipBytes)
            {
                throw new DomainException($"附件压缩包超过了{limits.MaxZipMegabytes}MB的限制，请分批导入。");
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var job = new ImportJob(Guid.NewGuid(), agency.Id, agency.Code, userId, userName, sheetName, zipName, now);
        using (var buffer = new MemoryStream((int)sheet.Length))
        {
            await sheet.CopyToAsync(buffer, cancellationToken);
            job.Sheet = buffer.ToArray();
        }

        if (zip is { Length: > 0 })
        {
            Directory.CreateDirectory(TemporaryFolder);
            ForgetStaleFiles(now);
            job.ZipPath = Path.Combine(TemporaryFolder, $"{job.Id:N}.zip");
            await using var file = File.Create(job.ZipPath);
            await zip.CopyToAsync(file, cancellationToken);
        }

        try
        {
            jobs.Enqueue(job);
        }
        catch (DomainException)
        {
            if (job.ZipPath is not null)
            {
                File.Delete(job.ZipPath);
            }

            throw;
        }

        return job;
    }

    private static string NameOf(IFormFile file)
    {
        var name = Path.GetFileName((file.FileName ?? "").Replace('\\', '/'));
        return name.Length > 200 ? name[^200..] : name;
    }

    // A job queued when the process stopped never ran to delete its ZIP: such files are removed a day later.
    private static void ForgetStaleFiles(DateTime now)
    {
        foreach (var path in Directory.EnumerateFiles(TemporaryFolder, "*.zip"))
        {
            if (File.GetLastWriteTimeUtc(path) < now.AddDays(-1))
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException)
                {
                    // In use by another process: left for the next time.
                }
            }
        }
    }
}
