namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>Where a message stands. The numbers are stored: never renumber.</summary>
public enum MessageStatus
{
    Received = 1,
    Assigned = 2,
    Answered = 3,
    Published = 4,
    Closed = 5,
    Rejected = 6,
}

public static class MessageStatusText
{
    public static string ToChinese(this MessageStatus status) => status switch
    {
        MessageStatus.Received => "已收到",
        MessageStatus.Assigned => "办理中",
        MessageStatus.Answered => "已答复",
        MessageStatus.Published => "已答复并公开",
        MessageStatus.Closed => "已办结",
        MessageStatus.Rejected => "不予受理",
        _ => status.ToString(),
    };

    /// <summary>Still owed an answer: the deadline is watched.</summary>
    public static bool AwaitsAnswer(this MessageStatus status) => status is MessageStatus.Received or MessageStatus.Assigned;

    /// <summary>The writer may read the answer on the status page.</summary>
    public static bool HasAnswer(this MessageStatus status) => status is MessageStatus.Answered or MessageStatus.Published or MessageStatus.Closed;
}
