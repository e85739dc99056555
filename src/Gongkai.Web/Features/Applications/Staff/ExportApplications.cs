using System.Text.Json;
using Gongkai.Web.Platform.Audit;
using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>A workbook ready to download.</summary>
public sealed record ExportedFile(string FileName, byte[] Content);

/// <summary>
/// The filtered list as an XLSX workbook, every row (up to <see cref="MaxRows"/>): ID numbers and phones always masked,
/// names masked where the actor may not see them, so a file passed around discloses no more than the list.
/// </summary>
public sealed class ExportApplications(GongkaiDbContext db, WorkingCalendar workingCalendar, TimeProvider time)
{
    public const int MaxRows = 10_000;

    private static readonly string[] Header =
    [
        "申请编号", "提交方式", "申请人类型", "申请人", "证件号码", "联系电话", "所需信息", "收到日期", "状态", "承办处室", "承办人",
        "答复期限", "剩余工作日", "办理结果", "答复日期", "答复书编号",
    ];

    private static readonly double[] Widths = [18, 14, 12, 16, 22, 16, 48, 12, 10, 14, 10, 12, 10, 36, 12, 24];

    public async Task<ExportedFile> HandleAsync(Agency agency, ApplicationFilter filter, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(filter);
        var today = ChineseDate.Today(time);
        var query = ApplicationList.Query(db, agency.Id, filter, actor, today);
        var total = await query.CountAsync(cancellationToken);
        var cases = await query.Take(MaxRows).ToListAsync(cancellationToken);
        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Where(d => d.AgencyId == agency.Id).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);

        var rows = cases.Select(a => (IReadOnlyList<string>)Row(a, actor, calendar, today)).ToList();
        var notes = new List<IReadOnlyList<string>>
        {
            new[] { "机关", agency.FullName },
            new[] { "导出时间", BeijingTime.Format(time.GetUtcNow().UtcDateTime) },
            new[] { "导出人", actor.Name },
            new[] { "筛选条件", filter.Describe(departments) },
            new[] { "行数", total > MaxRows ? $"共{total}件，超过{MaxRows}件，仅导出最新提交的前{MaxRows}件；请缩小筛选范围分批导出。" : $"共{total}件" },
            new[] { "个人信息", "证件号码和联系电话已部分隐藏。本表含申请人信息，仅供办理使用，不得对外提供。" },
        };
        // Personal data leaving the system is recorded like a change: who took which rows, and when.
        db.Add(new AuditEntry(time.GetUtcNow().UtcDateTime, actor.Id, actor.Name, agency.Id, "导出依申请公开申请", nameof(Application), "",
            "导出", JsonSerializer.Serialize(new { filter = filter.Describe(departments), rows = cases.Count })));
        await db.SaveChangesAsync(cancellationToken);
        var content = SpreadsheetWriter.Write(
            new SheetSpec("申请列表", Header, rows, Widths),
            new SheetSpec("说明", ["项目", "内容"], notes, [12, 80]));
        return new ExportedFile($"依申请公开-{agency.Code}-{today:yyyyMMdd}.xlsx", content);
    }

    private static string[] Row(Application a, StaffActor actor, WorkingDayCalendar calendar, DateOnly today)
    {
        var daysLeft = ApplicationList.DaysLeft(a, calendar, today);
        return
        [
            a.Number,
            a.Channel.ToChinese(),
            a.ApplicantKind.ToChinese(),
            CaseAccess.SeesApplicantData(actor, a) ? a.ApplicantName : Masking.Name(a.ApplicantName),
            Masking.IdNumber(a.IdNumber.Length > 0 ? a.IdNumber : a.CreditCode),
            Masking.Phone(a.Phone),
            a.Description,
            Date(a.ReceivedOn, "待确认"),
            a.Status.ToChinese(),
            a.DepartmentName,
            a.HandlerName,
            Date(a.ReplyDueOn, ""),
            daysLeft?.ToString(CultureInfo.InvariantCulture) ?? "",
            a.Outcome?.FullName() ?? "",
            Date(a.RepliedOn, ""),
            a.ReplyNumber,
        ];
    }

    private static string Date(DateOnly? date, string none) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? none;
}
