namespace Gongkai.Web.Features.Publications;

/// <summary>有效性 of a normative document; other documents carry NotApplicable.</summary>
public enum Validity
{
    NotApplicable = 0,
    Valid = 1,
    Expired = 2,
    Repealed = 3,
    Amended = 4,
}

public static class ValidityNames
{
    public static string ToChinese(this Validity validity) => validity switch
    {
        Validity.Valid => "有效",
        Validity.Expired => "失效",
        Validity.Repealed => "废止",
        Validity.Amended => "已修改",
        _ => "—",
    };
}
