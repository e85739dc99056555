using System.Text;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Deadlines;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>The subject and plain-text body of a digest, in Chinese.</summary>
public static class DigestText
{
    public static string Subject(DateOnly date, int overdue, int dueSoon) =>
        $"督办提醒：{ChineseDate.Format(date)} 已逾期{overdue}项，即将到期{dueSoon}项";

    public static string Body(string recipientName, DateOnly date, IReadOnlyList<DigestItem> items, string siteUrl)
    {
        ArgumentNullException.ThrowIfNull(items);
        var text = new StringBuilder();
        text.Append(recipientName).AppendLine("：您好！");
        text.Append("截至").Append(ChineseDate.FormatWithWeekday(date)).Append("，以下事项的期限已逾期或将在")
            .Append(DeadlineMarking.DueSoonWorkingDays).AppendLine("个工作日内到期，请及时办理。");
        foreach (var group in items.GroupBy(i => i.Status).OrderBy(g => g.Key))
        {
            text.AppendLine().Append('【').Append(group.Key.ToChinese()).Append("】").Append(group.Count()).AppendLine("项");
            foreach (var item in group)
            {
                text.Append("- ").Append(item.Kind.ToChinese()).Append("：").Append(item.Subject)
                    .Append("（期限").Append(ChineseDate.Format(item.DueOn)).Append("）").Append(siteUrl).AppendLine(item.Url);
            }
        }

        text.AppendLine().AppendLine("本邮件由政务公开平台电子监察自动发送，请勿回复。");
        return text.ToString();
    }
}
