using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>The sentences several letters share: how the applicant is addressed, the receipt, the request, the agency's contact.</summary>
internal static class LetterPhrases
{
    public const string Regulation = "《中华人民共和国政府信息公开条例》";

    public const string FeeNotice = "《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）";

    /// <summary>您 to a person, 贵单位 to a company or organization.</summary>
    public static string You(Application application) => application.ApplicantKind.IsOrganization() ? "贵单位" : "您";

    public static string Addressee(Application application) => $"{application.ApplicantName}：";

    /// <summary>条例第三十一条: the day the application counts as received, which is what every period is measured from.</summary>
    public static string ReceivedOn(Application application) =>
        ChineseDate.Format(application.ReceivedOn ?? DateOnly.FromDateTime(application.SubmittedAt));

    /// <summary>“本机关于2026年3月2日收到您提出的政府信息公开申请（申请编号：…）”, without the closing punctuation.</summary>
    public static string Receipt(Application application) =>
        $"本机关于{ReceivedOn(application)}收到{You(application)}提出的政府信息公开申请（申请编号：{application.Number}）";

    /// <summary>What was asked for, with the document's title and number when the applicant named them.</summary>
    public static string Request(Application application)
    {
        var document = new List<string>();
        if (application.DocumentTitle.Length > 0)
        {
            document.Add($"文件名称：《{application.DocumentTitle.Trim('《', '》')}》");
        }

        if (application.DocumentNumber.Length > 0)
        {
            document.Add($"文号：{application.DocumentNumber}");
        }

        var what = Sentence(application.Description, "");
        return document.Count == 0 ? what : $"{what}（{string.Join("，", document)}）";
    }

    /// <summary>The agency's address and telephone under the date, when its profile records them; never the applicant's.</summary>
    public static string? Contact(Agency agency)
    {
        var parts = new List<string>();
        if (agency.DisclosureOfficeContact.Length > 0)
        {
            parts.Add($"承办机构：{agency.DisclosureOfficeContact}");
        }

        if (agency.Address.Length > 0)
        {
            parts.Add($"联系地址：{agency.Address}");
        }

        if (agency.Phone.Length > 0)
        {
            parts.Add($"联系电话：{agency.Phone}");
        }

        return parts.Count == 0 ? null : $"（{string.Join("；", parts)}）";
    }

    public static string Yuan(decimal amount) => $"{amount.ToString("0.##", CultureInfo.InvariantCulture)}元";

    /// <summary>Free text as written by staff, its trailing punctuation dropped so the letter can close the sentence itself.</summary>
    public static string Sentence(string text, string fallback)
    {
        var value = (text ?? "").Trim().TrimEnd('。', '；', ';', '，', ',', '.', '：', ':');
        return value.Length > 0 ? value : fallback;
    }
}
