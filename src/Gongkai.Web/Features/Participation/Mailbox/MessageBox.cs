namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>Which box a message was written to. The numbers are stored: never renumber.</summary>
public enum MessageBox
{
    LeaderMailbox = 1,
    Inquiry = 2,
}

public static class MessageBoxText
{
    public static string ToChinese(this MessageBox box) => box switch
    {
        MessageBox.LeaderMailbox => "领导信箱",
        MessageBox.Inquiry => "在线咨询",
        _ => box.ToString(),
    };
}
