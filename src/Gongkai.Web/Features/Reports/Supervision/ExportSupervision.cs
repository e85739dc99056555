using System.Globalization;
using System.Text.Json;
using Gongkai.Web.Features.Applications.Staff;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Deadlines;
using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>The filtered list as an XLSX workbook, every row; who took it is recorded in the audit log.</summary>
public sealed class ExportSupervision(SupervisionList list, GongkaiDbContext db, TimeProvider time)
{
    private static readonly string[] Header = ["机关", "类型", "事项", "期限", "剩余工作日", "状态", "处室", "责任人", "办理页面"];
    private static readonly double[] Widths = [16, 14, 60, 12, 10, 10, 14, 12, 50];

    public async Task<ExportedFile> HandleAsync(string scopeName, Guid? auditAgencyId, IReadOnlyCollection<Guid>? agencyIds, Guid? onlyResponsible, SupervisionFilter filter, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(actor);
        var (snapshot, scope) = await list.ScopeAsync(agencyIds, onlyResponsible, cancellationToken);
        var rows = filter.Apply(scope).ToList();
        var departments = scope.Where(r => r.Deadline.DepartmentId != null).DistinctBy(r => r.Deadline.DepartmentId).ToDictionary(r => r.Deadline.DepartmentId!.Value, r => r.DepartmentName);
        var people = scope.Where(r => r.Deadline.ResponsibleUserId != null).DistinctBy(r => r.Deadline.ResponsibleUserId).ToDictionary(r => r.Deadline.ResponsibleUserId!.Value, r => r.ResponsibleName);
        var described = filter.Describe(departments, people);
        var notes = new List<IReadOnlyList<string>>
        {
            new[] { "范围", scopeName },
            new[] { "导出时间", BeijingTime.Format(time.GetUtcNow().UtcDateTime) },
            new[] { "导出人", actor.Name },
            new[] { "筛选条件", described },
            new[] { "行数", $"共{rows.Count}项" },
            new[] { "标记", $"期限早于今天为已逾期；今天起{DeadlineMarking.DueSoonWorkingDays}个工作日内（至{snapshot.SoonUntil:yyyy-MM-dd}）为即将到期。" },
        };
        db.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, actor.Id, actor.Name, auditAgencyId, "导出电子监察期限", "RunningDeadline", "",
            "导出", JsonSerializer.Serialize(new { scope = scopeName, filter = described, rows = rows.Count })));
        await db.SaveChangesAsync(cancellationToken);
        var content = SpreadsheetWriter.Write(
            new SheetSpec("期限列表", Header, [.. rows.Select(Row)], Widths),
            new SheetSpec("说明", ["项目", "内容"], notes, [12, 80]));
        return new ExportedFile($"电子监察-{snapshot.Today:yyyyMMdd}.xlsx", content);
    }

    private static IReadOnlyList<string> Row(SupervisionRow r) =>
    [
        r.AgencyName,
        r.Deadline.Kind.ToChinese(),
        r.Deadline.Subject,
        r.Deadline.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.WorkingDaysLeft.ToString(CultureInfo.InvariantCulture),
        r.Status.ToChinese(),
        r.DepartmentName,
        r.ResponsibleName,
        r.Deadline.Url,
    ];
}
