namespace Gongkai.Web.Features.Applications.Outcomes;

/// <summary>
/// The kind of reply letter. The first seven are the seven items of 条例第三十六条 (部分公开 is its second item read with
/// 第三十七条); the rest are the other answers the regulation allows. Stored numbers: never renumber.
/// </summary>
public enum ReplyType
{
    AlreadyPublished = 1,
    Provided = 2,
    Withheld = 3,
    DoesNotExist = 4,
    NotThisAgency = 5,
    Repeated = 6,
    SpecialLaw = 7,
    PartlyProvided = 8,
    NeedsCreation = 9,
    StillUnclear = 10,
    NotAnApplication = 11,
    Excessive = 12,
    Terminated = 13,
    Other = 14,
}

public static class ReplyTypeText
{
    public static string ToChinese(this ReplyType type) => type switch
    {
        ReplyType.AlreadyPublished => "已主动公开，告知获取方式和途径",
        ReplyType.Provided => "予以公开，提供信息",
        ReplyType.Withheld => "不予公开，告知理由",
        ReplyType.DoesNotExist => "经检索没有所申请信息，告知不存在",
        ReplyType.NotThisAgency => "不属于本机关负责公开，告知负责机关",
        ReplyType.Repeated => "重复申请，告知不予重复处理",
        ReplyType.SpecialLaw => "依特别规定办理，告知依照有关法律、行政法规办理",
        ReplyType.PartlyProvided => "部分公开（区分处理）",
        ReplyType.NeedsCreation => "需要另行制作，告知无法提供",
        ReplyType.StillUnclear => "补正后仍不明确，告知无法提供",
        ReplyType.NotAnApplication => "不作为政府信息公开申请处理，告知理由和渠道",
        ReplyType.Excessive => "超出合理范围，告知不予处理",
        ReplyType.Terminated => "申请视为撤回，告知不再处理",
        ReplyType.Other => "其他答复",
        _ => type.ToString(),
    };

    /// <summary>The article the letter rests on.</summary>
    public static string LegalBasis(this ReplyType type) => type switch
    {
        ReplyType.AlreadyPublished => "《中华人民共和国政府信息公开条例》第三十六条第（一）项",
        ReplyType.Provided => "《中华人民共和国政府信息公开条例》第三十六条第（二）项",
        ReplyType.Withheld => "《中华人民共和国政府信息公开条例》第三十六条第（三）项",
        ReplyType.DoesNotExist => "《中华人民共和国政府信息公开条例》第三十六条第（四）项",
        ReplyType.NotThisAgency => "《中华人民共和国政府信息公开条例》第三十六条第（五）项",
        ReplyType.Repeated => "《中华人民共和国政府信息公开条例》第三十六条第（六）项",
        ReplyType.SpecialLaw => "《中华人民共和国政府信息公开条例》第三十六条第（七）项",
        ReplyType.PartlyProvided => "《中华人民共和国政府信息公开条例》第三十六条第（二）项、第三十七条",
        ReplyType.NeedsCreation => "《中华人民共和国政府信息公开条例》第三十八条",
        ReplyType.StillUnclear => "《中华人民共和国政府信息公开条例》第三十条",
        ReplyType.NotAnApplication => "《中华人民共和国政府信息公开条例》第三十九条",
        ReplyType.Excessive => "《中华人民共和国政府信息公开条例》第三十五条",
        ReplyType.Terminated => "《中华人民共和国政府信息公开条例》第三十条",
        ReplyType.Other => "《中华人民共和国政府信息公开条例》",
        _ => "",
    };

    /// <summary>The basis for this reply to this outcome: a case closed for an unpaid fee rests on the fee rules, not 第三十条.</summary>
    public static string LegalBasis(this ReplyType type, ApplicationOutcome outcome) =>
        type == ReplyType.Terminated && outcome == ApplicationOutcome.OtherUnpaidFee
            ? "《中华人民共和国政府信息公开条例》第四十二条、《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"
            : type.LegalBasis();

    /// <summary>What the reply-details field holds for this type, as the form labels it; empty when it needs none.</summary>
    public static string DetailsLabel(this ReplyType type) => type switch
    {
        ReplyType.AlreadyPublished => "公开的位置（网址、栏目或场所）",
        ReplyType.Provided or ReplyType.PartlyProvided => "提供的信息及提供方式",
        ReplyType.NotThisAgency => "负责公开该信息的机关及其联系方式",
        ReplyType.SpecialLaw => "适用的法律、行政法规及办理途径",
        ReplyType.NotAnApplication => "可以通过的渠道",
        _ => "",
    };
}
