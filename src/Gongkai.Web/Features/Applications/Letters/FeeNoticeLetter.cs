using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Fees;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>收费通知书, 国办函〔2020〕109号: why a fee is due, how it was counted, how much, and by when.</summary>
internal static class FeeNoticeLetter
{
    public static LetterDocument? Compose(Agency agency, Application application)
    {
        if (application.FeeNoticeOn is not { } noticeOn || application.FeeMethod is not { } method)
        {
            return null;
        }

        var you = LetterPhrases.You(application);
        var amount = LetterPhrases.Yuan(application.FeeAmount);
        var period = $"{application.PaymentWorkingDays}个工作日";
        var deadline = application.PaymentDueOn is { } due ? ChineseDate.Format(due) : $"自收到本通知之日起{period}内";
        var payBy = application.PaymentDueOn is { } dueOn
            ? $"请{you}于{ChineseDate.Format(dueOn)}前（自本通知发出之日起{period}内）"
            : $"请{you}自收到本通知之日起{period}内";
        return new LetterDocument(
            Title: "政府信息公开信息处理费收费通知书",
            Number: $"{application.Number}-收费",
            Addressee: LetterPhrases.Addressee(application),
            Body:
            [
                new($"{LetterPhrases.Receipt(application)}，申请获取：{LetterPhrases.Request(application)}。"),
                new($"{Why(method, application.FeeQuantity, you)}根据{LetterPhrases.FeeNotice}的规定，本机关对该申请{method.ToChinese()}信息处理费，收费金额为人民币{amount}。"),
                new($"{payBy}按本机关告知的方式缴纳上述费用。{you}逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。"),
                new($"自本通知发出之日起至{you}缴纳费用之日止的期间，不计算在答复期限内。本机关收到费用后，将在剩余答复期限内作出答复。"),
                new("特此通知。"),
            ],
            Signatory: agency.FullName,
            Date: noticeOn,
            Table:
            [
                new("收费方式", method.ToChinese()),
                new("计费数量", Quantity(method, application.FeeQuantity)),
                new("收费金额", $"人民币{amount}"),
                new("缴费期限", deadline),
            ],
            Footnote: LetterPhrases.Contact(agency));
    }

    // 国办函〔2020〕109号: a fee only where the number of applications or of pages goes beyond what is free.
    private static string Why(FeeMethod method, int quantity, string you) => method switch
    {
        FeeMethod.PerApplication =>
            $"本件申请为{you}本自然月内向本机关提出的第{quantity}件政府信息公开申请，超过了每月{ProcessingFee.FreeApplicationsPerMonth}件的免费范围。",
        _ => $"经统计，{you}申请获取的政府信息共{quantity}页，超过了{ProcessingFee.FreePages}页的免费范围。",
    };

    private static string Quantity(FeeMethod method, int quantity) => method switch
    {
        FeeMethod.PerApplication => $"本月第{quantity}件",
        _ => $"{quantity}页",
    };
}
