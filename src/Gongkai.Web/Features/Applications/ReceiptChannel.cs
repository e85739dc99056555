namespace Gongkai.Web.Features.Applications;

/// <summary>How an application reached the agency; 条例第三十一条 fixes the receipt date of each. Stored numbers.</summary>
public enum ReceiptChannel
{
    InPerson = 1,
    RegisteredMail = 2,
    OrdinaryMail = 3,
    Fax = 4,
    Online = 5,
}

public static class ReceiptChannelText
{
    public static string ToChinese(this ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => "当面提交",
        ReceiptChannel.RegisteredMail => "邮政挂号/快递（需签收）",
        ReceiptChannel.OrdinaryMail => "平常信函",
        ReceiptChannel.Fax => "传真",
        ReceiptChannel.Online => "互联网在线",
        _ => channel.ToString(),
    };

    /// <summary>条例第三十一条: which day is the day of receipt, as the registration form asks for it.</summary>
    public static string ReceiptRule(this ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => "申请人提交申请之日",
        ReceiptChannel.RegisteredMail => "本机关签收之日",
        ReceiptChannel.OrdinaryMail => "政府信息公开工作机构收到申请之日",
        ReceiptChannel.Fax or ReceiptChannel.Online => "双方确认之日",
        _ => "",
    };
}
