namespace Gongkai.Web.Platform.Deadlines;

/// <summary>The kinds of running deadline that supervision (电子监察) watches. Stored in digests: never renumber.</summary>
public enum DeadlineKind
{
    /// <summary>条例第二十六条: proactive information is published within 20 working days of being formed.</summary>
    Publication = 1,

    /// <summary>条例第三十条: one supplement notice within 7 working days of receipt.</summary>
    SupplementNotice = 2,

    /// <summary>条例第三十三条: the reply to an application.</summary>
    ApplicationReply = 3,

    /// <summary>条例第三十二、三十四条: a third party or another agency answers a consultation within 15 working days.</summary>
    ApplicationConsultation = 4,

    /// <summary>国办函〔2020〕109号: the applicant pays the fee within the payment window.</summary>
    FeePayment = 5,

    /// <summary>A public consultation (征求意见): its closing date, then answering the comments and the adoption report.</summary>
    PublicConsultation = 6,

    /// <summary>国办发〔2016〕19号: the interpretation is published within 3 working days of its document.</summary>
    Interpretation = 7,

    /// <summary>The agency's time limit for answering a mailbox message or inquiry.</summary>
    MailboxAnswer = 8,

    /// <summary>条例第四十九条: the annual report is published by 31 January.</summary>
    AnnualReport = 9,
}

public static class DeadlineKindText
{
    public static string ToChinese(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.Publication => "主动公开",
        DeadlineKind.SupplementNotice => "补正告知",
        DeadlineKind.ApplicationReply => "申请答复",
        DeadlineKind.ApplicationConsultation => "申请征求意见",
        DeadlineKind.FeePayment => "缴纳信息处理费",
        DeadlineKind.PublicConsultation => "公开征求意见",
        DeadlineKind.Interpretation => "政策解读",
        DeadlineKind.MailboxAnswer => "信箱答复",
        DeadlineKind.AnnualReport => "年度报告",
        _ => kind.ToString(),
    };
}
