using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// 条例第四十九条: the report on a year is published by 31 January of the next. From 1 December the report on the year
/// ending is due; from 1 January to 31 January the last year's is due; after 31 January it is overdue, until published.
/// </summary>
public sealed class ReportDue(GongkaiDbContext db)
{
    /// <summary>The year whose report is watched on <paramref name="today"/>, and its due date.</summary>
    public static (int Year, DateOnly DueOn) Watched(DateOnly today) =>
        today.Month == 12 ? (today.Year, new DateOnly(today.Year + 1, 1, 31)) : (today.Year - 1, new DateOnly(today.Year, 1, 31));

    /// <summary>The reminder for the dashboard, or null when none is due (published, or outside December and after January the report is late only if missing).</summary>
    public async Task<ReportReminder?> ForAsync(Guid agencyId, DateOnly today, CancellationToken cancellationToken)
    {
        var (year, dueOn) = Watched(today);
        if (await db.Set<AnnualReport>().AnyAsync(r => r.AgencyId == agencyId && r.Year == year && r.Status == AnnualReportStatus.Published, cancellationToken))
        {
            return null;
        }

        // From February the reminder stays, as overdue, until the report is published; December and January warn ahead.
        return new ReportReminder(year, dueOn, today > dueOn);
    }
}

public sealed record ReportReminder(int Year, DateOnly DueOn, bool Overdue)
{
    public string Text => Overdue
        ? $"{Year}年度政府信息公开工作年度报告应于{ChineseDate.Format(DueOn)}前公布，已逾期，尚未发布。"
        : $"{Year}年度政府信息公开工作年度报告应于{ChineseDate.Format(DueOn)}前公布（条例第四十九条），尚未发布。";
}
