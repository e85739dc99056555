using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>延期答复告知书, 条例第三十三条第二款: the one extension, its length and reason, told to the applicant.</summary>
internal static class ExtensionNoticeLetter
{
    public static LetterDocument? Compose(Agency agency, Application application)
    {
        if (application.ExtendedOn is not { } extendedOn || application.ExtensionDays == 0)
        {
            return null;
        }

        var you = LetterPhrases.You(application);
        // 条例第三十三条第三款: while a consultation or a fee notice stops the clock, the last day is not yet known.
        var newDeadline = (application.ExtendedDueOn ?? application.ReplyDueOn) is { } due
            ? $"本机关将于{ChineseDate.Format(due)}前作出答复"
            : "本机关将在延长后的期限内作出答复；征求第三方或者其他机关意见等所需时间，依法不计算在答复期限内";
        return new LetterDocument(
            Title: "政府信息公开申请延期答复告知书",
            Number: $"{application.Number}-延期",
            Addressee: LetterPhrases.Addressee(application),
            Body:
            [
                new($"{LetterPhrases.Receipt(application)}，申请获取：{LetterPhrases.Request(application)}。"),
                new($"{Because(application.ExtensionReason)}，本机关不能在法定期限内作出答复。根据{LetterPhrases.Regulation}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{application.ExtensionDays}个工作日，{newDeadline}。"),
                new("特此告知。"),
            ],
            Signatory: agency.FullName,
            Date: extendedOn,
            Footnote: LetterPhrases.Contact(agency));
    }

    private static string Because(string reason)
    {
        var why = LetterPhrases.Sentence(reason, "申请所涉情况复杂");
        return why.StartsWith('因') || why.StartsWith("由于", StringComparison.Ordinal) ? why : $"因{why}";
    }
}
