namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// What staff last did with a consultation. The numbers are stored: never renumber. Whether an open consultation is
/// still taking comments is read from its dates (<see cref="ConsultationPhase"/>), so no job has to close it.
/// </summary>
public enum ConsultationStatus
{
    Draft = 1,
    Open = 2,
    ReportPublished = 3,
}

/// <summary>Where a consultation stands today: its status with the dates applied.</summary>
public enum ConsultationPhase
{
    Draft,
    NotYetOpen,
    Open,
    Closed,
    ReportPublished,
}

public static class ConsultationStatusText
{
    public static string ToChinese(this ConsultationPhase phase) => phase switch
    {
        ConsultationPhase.Draft => "草稿",
        ConsultationPhase.NotYetOpen => "即将开始",
        ConsultationPhase.Open => "征求意见中",
        ConsultationPhase.Closed => "已截止",
        ConsultationPhase.ReportPublished => "已公布采纳情况",
        _ => phase.ToString(),
    };

    public static string ToChinese(this ConsultationStatus status) => status switch
    {
        ConsultationStatus.Draft => "草稿",
        ConsultationStatus.Open => "已发布",
        ConsultationStatus.ReportPublished => "已公布采纳情况",
        _ => status.ToString(),
    };
}
