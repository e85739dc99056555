namespace Gongkai.Web.Features.Applications.Fees;

/// <summary>国办函〔2020〕109号第三条: one method per application, never both. Stored numbers.</summary>
public enum FeeMethod
{
    PerApplication = 1,
    PerPage = 2,
}

public static class FeeMethodText
{
    public static string ToChinese(this FeeMethod method) => method switch
    {
        FeeMethod.PerApplication => "按件计收",
        FeeMethod.PerPage => "按量计收",
        _ => method.ToString(),
    };

    public static string QuantityName(this FeeMethod method) => method switch
    {
        FeeMethod.PerApplication => "本自然月内累计申请件数（含本件）",
        FeeMethod.PerPage => "页数",
        _ => "",
    };
}
