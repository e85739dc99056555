using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>One case as the list shows it: the applicant's name already masked where the actor may not see it.</summary>
public sealed record ApplicationRow(
    Guid Id,
    string Number,
    string ApplicantName,
    ApplicantKind ApplicantKind,
    ReceiptChannel Channel,
    DateOnly? ReceivedOn,
    ApplicationStatus Status,
    string DepartmentName,
    string HandlerName,
    DateOnly? ReplyDueOn,
    int? WorkingDaysLeft,
    int? WorkingDaysLeftWhenStopped,
    bool DeadlinesProvisional,
    bool PossibleRepeat)
{
    public bool Late(DateOnly today) => WorkingDaysLeft is not null && ReplyDueOn < today;
}

public sealed record ApplicationListPage(int Total, int Page, int PageSize, IReadOnlyList<ApplicationRow> Items, DateOnly Today)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One page of an agency's cases that the actor may see, filtered, newest submitted first.</summary>
public sealed class ApplicationList(GongkaiDbContext db, WorkingCalendar workingCalendar, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<ApplicationListPage> HandleAsync(Guid agencyId, ApplicationFilter filter, StaffActor actor, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = ChineseDate.Today(time);
        var query = Query(db, agencyId, filter, actor, today);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var cases = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        return new ApplicationListPage(total, page, PageSize, [.. cases.Select(a => Row(a, actor, calendar, today))], today);
    }

    /// <summary>The agency's cases the actor may see, filtered and in the list's order; the export reads the same.</summary>
    public static IQueryable<Application> Query(GongkaiDbContext db, Guid agencyId, ApplicationFilter filter, StaffActor actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var visible = CaseAccess.Filter(db.Set<Application>().AsNoTracking().Where(a => a.AgencyId == agencyId), actor);
        return filter.Apply(visible, actor, today)
            .OrderByDescending(a => a.SubmittedAt)
            .ThenByDescending(a => a.Number);
    }

    public static ApplicationRow Row(Application application, StaffActor actor, WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        var full = CaseAccess.SeesApplicantData(actor, application);
        return new ApplicationRow(
            application.Id,
            application.Number,
            full ? application.ApplicantName : Masking.Name(application.ApplicantName),
            application.ApplicantKind,
            application.Channel,
            application.ReceivedOn,
            application.Status,
            application.DepartmentName,
            application.HandlerName,
            application.ReplyDueOn,
            DaysLeft(application, calendar, today),
            application.Status.IsOpen() ? application.WorkingDaysLeftWhenStopped : null,
            application.DeadlinesProvisional,
            application.PossibleRepeatOfId is not null);
    }

    /// <summary>Working days to the reply deadline of a case still owed a reply; negative once late.</summary>
    public static int? DaysLeft(Application application, WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        return application.Status.IsOpen() && application.ReplyDueOn is { } due
            ? ReplyClock.WorkingDaysLeft(calendar, today, due)
            : null;
    }

    /// <summary>“剩余3个工作日”, “今日到期”, “已逾期2个工作日”.</summary>
    public static string DaysLeftText(DateOnly dueOn, DateOnly today, int workingDaysLeft) =>
        dueOn < today ? (workingDaysLeft < 0 ? $"已逾期{-workingDaysLeft}个工作日" : "已逾期")
        : dueOn == today ? "今日到期"
        : $"剩余{workingDaysLeft}个工作日";
}
