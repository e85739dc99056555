namespace Gongkai.Web.Features.Applications.Outcomes;

/// <summary>
/// 办理结果: one row of section 三 of the annual report (国办公开办函〔2021〕30号). The number is the row: tens give the
/// group (1 予以公开, 2 部分公开, 3 不予公开, 4 无法提供, 5 不予处理, 6 其他处理), units the numbered reason. Stored.
/// </summary>
public enum ApplicationOutcome
{
    Disclosed = 10,
    PartlyDisclosed = 20,
    WithheldStateSecret = 31,
    WithheldByLaw = 32,
    WithheldSecurityStability = 33,
    WithheldThirdParty = 34,
    WithheldInternalAffairs = 35,
    WithheldProcess = 36,
    WithheldEnforcementFile = 37,
    WithheldAdministrativeQuery = 38,
    UnavailableNotHeld = 41,
    UnavailableNeedsCreation = 42,
    UnavailableStillUnclear = 43,
    NotHandledPetition = 51,
    NotHandledRepeat = 52,
    NotHandledPublication = 53,
    NotHandledExcessive = 54,
    NotHandledConfirmation = 55,
    OtherNoSupplement = 61,
    OtherUnpaidFee = 62,
    OtherHandling = 63,
}

public static class ApplicationOutcomes
{
    public static readonly IReadOnlyList<ApplicationOutcome> All = Enum.GetValues<ApplicationOutcome>();

    /// <summary>Outcomes a member of staff chooses; the two lapses are reached only through their own moves.</summary>
    public static readonly IReadOnlyList<ApplicationOutcome> Decidable =
        [.. All.Where(o => o is not (ApplicationOutcome.OtherNoSupplement or ApplicationOutcome.OtherUnpaidFee))];

    public static int Group(this ApplicationOutcome outcome) => (int)outcome / 10;

    public static string GroupName(int group) => group switch
    {
        1 => "予以公开",
        2 => "部分公开",
        3 => "不予公开",
        4 => "无法提供",
        5 => "不予处理",
        6 => "其他处理",
        _ => "",
    };

    public static string ToChinese(this ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.Disclosed => "予以公开",
        ApplicationOutcome.PartlyDisclosed => "部分公开",
        ApplicationOutcome.WithheldStateSecret => "属于国家秘密",
        ApplicationOutcome.WithheldByLaw => "其他法律行政法规禁止公开",
        ApplicationOutcome.WithheldSecurityStability => "危及“三安全一稳定”",
        ApplicationOutcome.WithheldThirdParty => "保护第三方合法权益",
        ApplicationOutcome.WithheldInternalAffairs => "属于三类内部事务信息",
        ApplicationOutcome.WithheldProcess => "属于四类过程性信息",
        ApplicationOutcome.WithheldEnforcementFile => "属于行政执法案卷",
        ApplicationOutcome.WithheldAdministrativeQuery => "属于行政查询事项",
        ApplicationOutcome.UnavailableNotHeld => "本机关不掌握相关政府信息",
        ApplicationOutcome.UnavailableNeedsCreation => "没有现成信息需要另行制作",
        ApplicationOutcome.UnavailableStillUnclear => "补正后申请内容仍不明确",
        ApplicationOutcome.NotHandledPetition => "信访举报投诉类申请",
        ApplicationOutcome.NotHandledRepeat => "重复申请",
        ApplicationOutcome.NotHandledPublication => "要求提供公开出版物",
        ApplicationOutcome.NotHandledExcessive => "无正当理由大量反复申请",
        ApplicationOutcome.NotHandledConfirmation => "要求行政机关确认或重新出具已获取信息",
        ApplicationOutcome.OtherNoSupplement => "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ApplicationOutcome.OtherUnpaidFee => "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ApplicationOutcome.OtherHandling => "其他",
        _ => outcome.ToString(),
    };

    /// <summary>“不予公开 4. 保护第三方合法权益” — the group and the numbered reason, as the report prints it.</summary>
    public static string FullName(this ApplicationOutcome outcome) =>
        outcome is ApplicationOutcome.Disclosed or ApplicationOutcome.PartlyDisclosed
            ? outcome.ToChinese()
            : $"{GroupName(outcome.Group())}：{(int)outcome % 10}. {outcome.ToChinese()}";

    /// <summary>Outcomes that refuse something must say why in the letter (条例第三十六条第三项).</summary>
    public static bool NeedsReason(this ApplicationOutcome outcome) => outcome != ApplicationOutcome.Disclosed;

    /// <summary>The 第三十六条 reply types that fit an outcome; the first is the usual one.</summary>
    public static IReadOnlyList<ReplyType> ReplyTypes(this ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.Disclosed => [ReplyType.Provided, ReplyType.AlreadyPublished],
        ApplicationOutcome.PartlyDisclosed => [ReplyType.PartlyProvided],
        >= ApplicationOutcome.WithheldStateSecret and <= ApplicationOutcome.WithheldEnforcementFile => [ReplyType.Withheld],
        ApplicationOutcome.WithheldAdministrativeQuery => [ReplyType.SpecialLaw, ReplyType.Withheld],
        ApplicationOutcome.UnavailableNotHeld => [ReplyType.DoesNotExist, ReplyType.NotThisAgency],
        ApplicationOutcome.UnavailableNeedsCreation => [ReplyType.NeedsCreation],
        ApplicationOutcome.UnavailableStillUnclear => [ReplyType.StillUnclear],
        ApplicationOutcome.NotHandledRepeat => [ReplyType.Repeated],
        ApplicationOutcome.NotHandledPetition or ApplicationOutcome.NotHandledPublication => [ReplyType.NotAnApplication],
        ApplicationOutcome.NotHandledExcessive => [ReplyType.Excessive],
        ApplicationOutcome.NotHandledConfirmation => [ReplyType.NotAnApplication],
        ApplicationOutcome.OtherNoSupplement or ApplicationOutcome.OtherUnpaidFee => [ReplyType.Terminated],
        _ => [ReplyType.Other],
    };
}
