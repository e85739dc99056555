namespace Gongkai.Web.Features.Applications;

/// <summary>Where a case stands. The numbers are stored: never renumber.</summary>
public enum ApplicationStatus
{
    Pending = 1,
    Registered = 2,
    AwaitingSupplement = 3,
    Handling = 4,
    Consulting = 5,
    AwaitingPayment = 6,
    Decided = 7,
    Replied = 8,
    Delivered = 9,
    Archived = 10,
    Discarded = 11,
}

public static class ApplicationStatusText
{
    public static string ToChinese(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Pending => "待确认",
        ApplicationStatus.Registered => "已登记",
        ApplicationStatus.AwaitingSupplement => "待补正",
        ApplicationStatus.Handling => "承办中",
        ApplicationStatus.Consulting => "征求意见中",
        ApplicationStatus.AwaitingPayment => "待缴费",
        ApplicationStatus.Decided => "已决定",
        ApplicationStatus.Replied => "已答复",
        ApplicationStatus.Delivered => "已送达",
        ApplicationStatus.Archived => "已归档",
        ApplicationStatus.Discarded => "已作废",
        _ => status.ToString(),
    };

    /// <summary>A case still owed a reply: its deadlines are watched and recomputed.</summary>
    public static bool IsOpen(this ApplicationStatus status) =>
        status is ApplicationStatus.Registered or ApplicationStatus.AwaitingSupplement or ApplicationStatus.Handling
            or ApplicationStatus.Consulting or ApplicationStatus.AwaitingPayment or ApplicationStatus.Decided;
}
