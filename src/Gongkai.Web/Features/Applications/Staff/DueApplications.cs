using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The groups of the due list, in the order the page shows them.</summary>
public enum CaseDueKind
{
    /// <summary>条例第三十三条: the reply deadline has passed.</summary>
    ReplyOverdue,

    /// <summary>The reply deadline is within <see cref="DueApplications.ReplyWarningWorkingDays"/> working days.</summary>
    ReplyDueSoon,

    /// <summary>条例第三十条: the single supplement notice must go out within 7 working days of receipt.</summary>
    SupplementNoticeDueSoon,

    /// <summary>条例第三十条: the applicant let the supplement period pass; the office closes the case (其他处理1).</summary>
    SupplementLapsed,

    /// <summary>条例第三十二、三十四条: an answer to a consultation is due within 15 working days.</summary>
    ConsultationDue,

    /// <summary>国办函〔2020〕109号: the fee was not paid in time; the office closes the case (其他处理2).</summary>
    PaymentLapsed,
}

public static class CaseDueKindText
{
    public static string ToChinese(this CaseDueKind kind) => kind switch
    {
        CaseDueKind.ReplyOverdue => "答复已逾期",
        CaseDueKind.ReplyDueSoon => "即将到期",
        CaseDueKind.SupplementNoticeDueSoon => "补正告知即将超期",
        CaseDueKind.SupplementLapsed => "补正期限已过",
        CaseDueKind.ConsultationDue => "征求意见到期",
        CaseDueKind.PaymentLapsed => "缴费期限已过",
        _ => kind.ToString(),
    };

    /// <summary>What the office should do about the cases of the group.</summary>
    public static string Hint(this CaseDueKind kind) => kind switch
    {
        CaseDueKind.ReplyOverdue => "已超过条例第三十三条规定的答复期限，请尽快答复。",
        CaseDueKind.ReplyDueSoon => $"答复期限在{DueApplications.ReplyWarningWorkingDays}个工作日内；确需延长的，经政府信息公开工作机构负责人同意，可延长不超过20个工作日（条例第三十三条）。",
        CaseDueKind.SupplementNoticeDueSoon => "需要补正的，应在收到申请之日起7个工作日内一次性告知（条例第三十条）；逾期不再告知补正。",
        CaseDueKind.SupplementLapsed => $"申请人无正当理由逾期不补正的，视为放弃申请，按“{ApplicationOutcome.OtherNoSupplement.FullName()}”办结（条例第三十条）；每日定时任务也会自动办结。",
        CaseDueKind.ConsultationDue => "第三方或其他机关应在15个工作日内提出意见；逾期未提出意见的，由本机关依法决定（条例第三十二、三十四条）。",
        CaseDueKind.PaymentLapsed => $"申请人逾期未缴纳信息处理费的，按“{ApplicationOutcome.OtherUnpaidFee.FullName()}”办结；每日定时任务也会自动办结。",
        _ => "",
    };
}

/// <summary>One case in one group of the due list.</summary>
public sealed record CaseDueItem(Guid Id, string Number, string ApplicantName, ApplicationStatus Status, CaseDueKind Kind, DateOnly DueOn, int WorkingDaysLeft, bool Provisional);

public sealed record CaseDueList(IReadOnlyList<CaseDueItem> Items, DateOnly Today)
{
    public IEnumerable<CaseDueItem> Of(CaseDueKind kind) => Items.Where(i => i.Kind == kind);
}

/// <summary>The open cases of an agency (those the actor may see) whose statutory deadlines are near or past.</summary>
public sealed class DueApplications(GongkaiDbContext db, WorkingCalendar workingCalendar, TimeProvider time)
{
    public const int ReplyWarningWorkingDays = 5;
    public const int NoticeWarningWorkingDays = 2;
    public const int ConsultationWarningWorkingDays = 2;

    public async Task<CaseDueList> HandleAsync(Guid agencyId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var today = ChineseDate.Today(time);
        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        var days = new ClockCalendar(calendar);
        var replySoon = days.AddWorkingDays(today, ReplyWarningWorkingDays);
        var noticeSoon = days.AddWorkingDays(today, NoticeWarningWorkingDays);
        var consultationSoon = days.AddWorkingDays(today, ConsultationWarningWorkingDays);
        var open = ApplicationFilter.OpenStatuses;

        var cases = await CaseAccess.Filter(db.Set<Application>().AsNoTracking().Where(a => a.AgencyId == agencyId), actor)
            .Where(a => open.Contains(a.Status))
            .Where(a => a.ReplyDueOn <= replySoon
                || (a.Status == ApplicationStatus.Registered && a.SupplementRequestedOn == null && a.SupplementNoticeDueOn >= today && a.SupplementNoticeDueOn <= noticeSoon)
                || (a.Status == ApplicationStatus.AwaitingSupplement && a.SupplementDueOn < today)
                || (a.Status == ApplicationStatus.AwaitingPayment && a.PaymentDueOn < today)
                || a.Consultations.Any(c => c.AnsweredOn == null && c.DueOn <= consultationSoon))
            .Include(a => a.Consultations)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var items = new List<CaseDueItem>();
        foreach (var a in cases)
        {
            var name = CaseAccess.SeesApplicantData(actor, a) ? a.ApplicantName : Masking.Name(a.ApplicantName);
            void Add(CaseDueKind kind, DateOnly dueOn) =>
                items.Add(new CaseDueItem(a.Id, a.Number, name, a.Status, kind, dueOn, days.WorkingDaysLeft(today, dueOn), a.DeadlinesProvisional));

            if (a.ReplyDueOn is { } reply)
            {
                if (reply < today)
                {
                    Add(CaseDueKind.ReplyOverdue, reply);
                }
                else if (reply <= replySoon)
                {
                    Add(CaseDueKind.ReplyDueSoon, reply);
                }
            }

            if (a.Status == ApplicationStatus.Registered && a.SupplementRequestedOn is null
                && a.SupplementNoticeDueOn is { } notice && notice >= today && notice <= noticeSoon)
            {
                Add(CaseDueKind.SupplementNoticeDueSoon, notice);
            }

            if (a.Status == ApplicationStatus.AwaitingSupplement && a.SupplementDueOn is { } supplement && supplement < today)
            {
                Add(CaseDueKind.SupplementLapsed, supplement);
            }

            if (a.OpenConsultation is { } consultation && consultation.DueOn <= consultationSoon)
            {
                Add(CaseDueKind.ConsultationDue, consultation.DueOn);
            }

            if (a.Status == ApplicationStatus.AwaitingPayment && a.PaymentDueOn is { } payment && payment < today)
            {
                Add(CaseDueKind.PaymentLapsed, payment);
            }
        }

        return new CaseDueList([.. items.OrderBy(i => i.Kind).ThenBy(i => i.DueOn).ThenBy(i => i.Number, StringComparer.Ordinal)], today);
    }

    /// <summary>How many of the agency's cases the actor may see are late, and due within the warning window, for the dashboard.</summary>
    public async Task<(int Overdue, int DueSoon)> CountAsync(Guid agencyId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var today = ChineseDate.Today(time);
        var replySoon = new ClockCalendar(await workingCalendar.CurrentAsync(cancellationToken)).AddWorkingDays(today, ReplyWarningWorkingDays);
        var open = ApplicationFilter.OpenStatuses;
        var dues = await CaseAccess.Filter(db.Set<Application>().AsNoTracking().Where(a => a.AgencyId == agencyId), actor)
            .Where(a => open.Contains(a.Status) && a.ReplyDueOn != null && a.ReplyDueOn <= replySoon)
            .Select(a => a.ReplyDueOn!.Value)
            .ToListAsync(cancellationToken);
        return (dues.Count(d => d < today), dues.Count(d => d >= today));
    }
}
