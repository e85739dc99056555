namespace Gongkai.Web.Features.Applications;

/// <summary>获取信息的方式 the applicant prefers, and how a reply was served. Stored numbers.</summary>
public enum DeliveryMethod
{
    Electronic = 1,
    Post = 2,
    PickUp = 3,
}

/// <summary>The form of the information wanted (条例第二十九条: 形式要求).</summary>
public enum InformationFormat
{
    Paper = 1,
    ElectronicFile = 2,
}

public static class DeliveryText
{
    public static string ToChinese(this DeliveryMethod method) => method switch
    {
        DeliveryMethod.Electronic => "电子邮件/网上获取",
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.PickUp => "当面领取",
        _ => method.ToString(),
    };

    public static string ToChinese(this InformationFormat format) => format switch
    {
        InformationFormat.Paper => "纸质文本",
        InformationFormat.ElectronicFile => "电子文档",
        _ => format.ToString(),
    };

    /// <summary>Paper service needs the signed 送达回证.</summary>
    public static bool NeedsServiceReceipt(this DeliveryMethod method) => method != DeliveryMethod.Electronic;
}
