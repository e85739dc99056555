using System.Text.Json;
using Gongkai.Web.Features.Applications.Staff;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>The statistics of a scope and range as a workbook; the download is written to the audit log like any export.</summary>
public sealed class ExportStatistics(ComputeStatistics compute, GongkaiDbContext db, TimeProvider time)
{
    public async Task<ExportedFile> HandleAsync(StatisticsScope scope, StatisticsRange range, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(actor);
        var report = await compute.HandleAsync(scope, range, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        db.Add(new AuditEntry(now, actor.Id, actor.Name, scope.AgencyId, "导出统计数据", "Statistics", scope.Code, "导出",
            JsonSerializer.Serialize(new { scope = scope.Name, from = range.FromText, to = range.ToText })));
        await db.SaveChangesAsync(cancellationToken);
        var content = StatisticsWorkbook.Write(report, actor.Name, now);
        return new ExportedFile($"统计-{scope.Code}-{range.From:yyyyMMdd}-{range.To:yyyyMMdd}.xlsx", content);
    }
}
