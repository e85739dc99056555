namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>The letters a case produces. Stored in URLs by name.</summary>
public enum LetterKind
{
    SupplementNotice = 1,
    ExtensionNotice = 2,
    FeeNotice = 3,
    ConsultationLetter = 4,
    ReplyLetter = 5,
}

public static class LetterKindText
{
    public static string ToChinese(this LetterKind kind) => kind switch
    {
        LetterKind.SupplementNotice => "补正告知书",
        LetterKind.ExtensionNotice => "延期答复告知书",
        LetterKind.FeeNotice => "收费通知书",
        LetterKind.ConsultationLetter => "征求意见函",
        LetterKind.ReplyLetter => "政府信息公开申请答复书",
        _ => kind.ToString(),
    };
}
