using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Public;

/// <summary>
/// What the applicant may see of their case on the public status page: no ID number, phone or address, no staff names,
/// no internal notes — the status, the clock, the steps by date and the letters sent to them.
/// </summary>
internal sealed record ApplicantCaseView(
    string Number,
    string MaskedName,
    ApplicationStatus Status,
    string StatusNote,
    DateOnly SubmittedOn,
    DateOnly? ReceivedOn,
    string Clock,
    bool ClockProvisional,
    int ExtensionDays,
    DateOnly? RepliedOn,
    string ReplyNumber,
    string SupplementRequest,
    DateOnly? SupplementDueOn,
    IReadOnlyList<ApplicantCaseView.Step> Timeline,
    IReadOnlyList<LetterKind> Letters)
{
    /// <summary>The letters addressed to the applicant; a consultation letter goes to a third party, never to them.</summary>
    public static readonly IReadOnlySet<LetterKind> ApplicantLetters =
        new HashSet<LetterKind> { LetterKind.SupplementNotice, LetterKind.ExtensionNotice, LetterKind.FeeNotice, LetterKind.ReplyLetter };

    public bool AwaitsSupplement => Status == ApplicationStatus.AwaitingSupplement;

    public static ApplicantCaseView Of(Application application, WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        var discarded = application.Status == ApplicationStatus.Discarded;
        return new ApplicantCaseView(
            application.Number,
            Masking.Name(application.ApplicantName),
            application.Status,
            Note(application.Status),
            BeijingTime.DateOf(application.SubmittedAt),
            application.ReceivedOn,
            discarded ? "" : ClockText(application, calendar, today),
            application.DeadlinesProvisional && application.Status.IsOpen(),
            application.ExtensionDays,
            application.RepliedOn,
            application.ReplyNumber,
            application.Status == ApplicationStatus.AwaitingSupplement ? application.SupplementRequest : "",
            application.Status == ApplicationStatus.AwaitingSupplement ? application.SupplementDueOn : null,
            application.History
                .Where(h => h.Action != ApplicationAction.RecordChallenge)
                .OrderBy(h => h.At)
                .Select(h => new Step(BeijingTime.DateOf(h.At), h.Action.ToChinese()))
                .ToList(),
            discarded ? [] : ApplicationLetters.Available(application).Where(ApplicantLetters.Contains).ToList());
    }

    private static string Note(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Pending => "已提交，待政务公开办与您确认后登记",
        ApplicationStatus.AwaitingSupplement => "请按补正告知的要求补正申请",
        ApplicationStatus.AwaitingPayment => "请按收费通知缴纳信息处理费",
        _ => "",
    };

    private static string ClockText(Application application, WorkingDayCalendar calendar, DateOnly today)
    {
        if (application.Status == ApplicationStatus.Pending || application.ReceivedOn is null)
        {
            return "答复期限自确认收到申请之日起计算。";
        }

        if (!application.Status.IsOpen())
        {
            return application.RepliedOn is { } replied ? $"已于{ChineseDate.Format(replied)}答复。" : "已办结。";
        }

        if (application.ReplyDueOn is not { } due)
        {
            var left = application.WorkingDaysLeftWhenStopped is { } days ? $"（暂停时剩余{days}个工作日）" : "";
            return $"计时暂停：{PauseReason(application.Status)}{left}";
        }

        var daysLeft = ReplyClock.WorkingDaysLeft(calendar, today, due);
        var remaining = daysLeft switch
        {
            > 0 => $"还剩{daysLeft}个工作日",
            0 => "今天是答复期限的最后一天",
            _ => $"已超过答复期限{-daysLeft}个工作日",
        };
        return $"答复期限：{ChineseDate.Format(due)}（{remaining}）";
    }

    // 条例第三十条、第三十三条，国办函〔2020〕109号: these waits do not count towards the reply period.
    private static string PauseReason(ApplicationStatus status) => status switch
    {
        ApplicationStatus.AwaitingSupplement => "等待申请人补正，收到补正之日起重新计算答复期限",
        ApplicationStatus.Consulting => "正在征求第三方或其他机关意见，所需时间不计算在答复期限内",
        ApplicationStatus.AwaitingPayment => "等待缴纳信息处理费，缴费期间不计算在答复期限内",
        _ => "答复期限暂停计算",
    };

    public sealed record Step(DateOnly On, string Action);
}
