using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>补正告知书, 条例第三十条: one notice saying what to correct, by when, and what happens otherwise.</summary>
internal static class SupplementNoticeLetter
{
    public static LetterDocument? Compose(Agency agency, Application application)
    {
        if (application.SupplementRequestedOn is not { } sentOn)
        {
            return null;
        }

        var you = LetterPhrases.You(application);
        var period = $"{application.SupplementWorkingDays}个工作日";
        var deadline = application.SupplementDueOn is { } due
            ? $"请{you}于{ChineseDate.Format(due)}前（自本告知书发出之日起{period}内）"
            : $"请{you}自本告知书发出之日起{period}内";
        return new LetterDocument(
            Title: "政府信息公开申请补正告知书",
            Number: $"{application.Number}-补正",
            Addressee: LetterPhrases.Addressee(application),
            Body:
            [
                new($"{LetterPhrases.Receipt(application)}，申请获取：{LetterPhrases.Request(application)}。"),
                new($"经审查，{you}的申请内容不够明确，本机关无法据此确定{you}所需要的政府信息。根据{LetterPhrases.Regulation}第三十条的规定，现一次性告知{you}需要补正的事项如下："),
                new(LetterPhrases.Sentence(application.SupplementRequest, "") + "。"),
                new($"{deadline}，以书面形式向本机关提交补正后的申请，写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。"),
                new($"答复期限自本机关收到{you}补正后的申请之日起重新计算。{you}无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。"),
                new("特此告知。"),
            ],
            Signatory: agency.FullName,
            Date: sentOn,
            Footnote: LetterPhrases.Contact(agency));
    }
}
