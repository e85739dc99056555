namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>How a running deadline stands on a given day.</summary>
public enum DeadlineStatus
{
    /// <summary>已逾期: the due date was before today.</summary>
    Overdue = 1,

    /// <summary>即将到期: due today or within <see cref="DeadlineMarking.DueSoonWorkingDays"/> working days.</summary>
    DueSoon = 2,

    /// <summary>正常.</summary>
    Normal = 3,
}

public static class DeadlineStatusText
{
    public static string ToChinese(this DeadlineStatus status) => status switch
    {
        DeadlineStatus.Overdue => "已逾期",
        DeadlineStatus.DueSoon => "即将到期",
        DeadlineStatus.Normal => "正常",
        _ => status.ToString(),
    };
}
