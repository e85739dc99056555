namespace Gongkai.Web.Features.Publications;

/// <summary>公开属性, decided by the drafter at the source.</summary>
public enum DisclosureAttribute
{
    Proactive = 1,
    OnRequest = 2,
    Withheld = 3,
}

public static class DisclosureAttributeNames
{
    public static string ToChinese(this DisclosureAttribute attribute) => attribute switch
    {
        DisclosureAttribute.Proactive => "主动公开",
        DisclosureAttribute.OnRequest => "依申请公开",
        DisclosureAttribute.Withheld => "不予公开",
        _ => "未定",
    };
}
