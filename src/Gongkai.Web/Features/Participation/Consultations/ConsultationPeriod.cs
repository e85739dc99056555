namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// The comment period: both dates are Beijing calendar dates and both count, so 1 March to 30 March is 30 days.
/// Normative documents are generally put out for comment for not less than 30 days; each agency sets its minimum.
/// </summary>
public static class ConsultationPeriod
{
    public static int Days(DateOnly opensOn, DateOnly closesOn) => closesOn.DayNumber - opensOn.DayNumber + 1;

    /// <summary>The Chinese reason the period is not acceptable, or null.</summary>
    public static string? Problem(DateOnly opensOn, DateOnly closesOn, int minimumDays)
    {
        if (closesOn < opensOn)
        {
            return "截止日期不能早于开始日期。";
        }

        var days = Days(opensOn, closesOn);
        return days < minimumDays ? $"征求意见期限为{days}日，少于本机关规定的最短期限{minimumDays}日。" : null;
    }

    /// <summary>The phase on <paramref name="today"/>: closed is simply any day after the closing date.</summary>
    public static ConsultationPhase PhaseOn(ConsultationStatus status, DateOnly opensOn, DateOnly closesOn, DateOnly today) => status switch
    {
        ConsultationStatus.Draft => ConsultationPhase.Draft,
        ConsultationStatus.ReportPublished => ConsultationPhase.ReportPublished,
        _ when today < opensOn => ConsultationPhase.NotYetOpen,
        _ when today > closesOn => ConsultationPhase.Closed,
        _ => ConsultationPhase.Open,
    };
}
