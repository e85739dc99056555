namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>Where a comment stands in moderation. The numbers are stored: never renumber.</summary>
public enum CommentStatus
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>What became of an approved comment (意见采纳情况). The numbers are stored: never renumber.</summary>
public enum CommentAnswer
{
    Adopted = 1,
    PartlyAdopted = 2,
    NotAdopted = 3,
}

/// <summary>What staff do to a comment.</summary>
public enum CommentAction
{
    Approve,
    Refuse,
    Answer,
}

public static class CommentText
{
    public static string ToChinese(this CommentStatus status) => status switch
    {
        CommentStatus.Pending => "待审核",
        CommentStatus.Approved => "已公开",
        CommentStatus.Refused => "不予公开",
        _ => status.ToString(),
    };

    public static string ToChinese(this CommentAnswer answer) => answer switch
    {
        CommentAnswer.Adopted => "采纳",
        CommentAnswer.PartlyAdopted => "部分采纳",
        CommentAnswer.NotAdopted => "不予采纳",
        _ => answer.ToString(),
    };

    public static string ToChinese(this CommentAction action) => action switch
    {
        CommentAction.Approve => "审核通过",
        CommentAction.Refuse => "不予公开",
        CommentAction.Answer => "答复意见",
        _ => action.ToString(),
    };
}
