namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>The moves of a message. The numbers are stored: never renumber.</summary>
public enum MessageAction
{
    Write = 1,
    Assign = 2,
    Answer = 3,
    Publish = 4,
    Close = 5,
    Reject = 6,
}

public static class MessageActionText
{
    public static string ToChinese(this MessageAction action) => action switch
    {
        MessageAction.Write => "来信",
        MessageAction.Assign => "交办",
        MessageAction.Answer => "答复",
        MessageAction.Publish => "公开答复",
        MessageAction.Close => "办结不公开",
        MessageAction.Reject => "不予受理",
        _ => action.ToString(),
    };
}
