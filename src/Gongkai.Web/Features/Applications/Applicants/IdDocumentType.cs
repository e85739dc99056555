namespace Gongkai.Web.Features.Applications.Applicants;

/// <summary>身份证件类型 of a natural person. Stored numbers: never renumber.</summary>
public enum IdDocumentType
{
    ResidentIdCard = 1,
    HongKongMacaoPermit = 2,
    TaiwanPermit = 3,
    Passport = 4,
    ForeignPermanentResidentCard = 5,
    Other = 9,
}

public static class IdDocumentTypeText
{
    public static string ToChinese(this IdDocumentType type) => type switch
    {
        IdDocumentType.ResidentIdCard => "居民身份证",
        IdDocumentType.HongKongMacaoPermit => "港澳居民来往内地通行证",
        IdDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        IdDocumentType.Passport => "护照",
        IdDocumentType.ForeignPermanentResidentCard => "外国人永久居留身份证",
        IdDocumentType.Other => "其他证件",
        _ => type.ToString(),
    };
}
