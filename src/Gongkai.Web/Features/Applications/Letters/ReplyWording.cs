using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Applications.Letters;

/// <summary>The decision paragraphs of a reply letter, one wording per 第三十六条 reply type, filled from what the case records.</summary>
internal static class ReplyWording
{
    public static IReadOnlyList<string> Decision(Application application, ApplicationOutcome outcome, ReplyType replyType)
    {
        var you = LetterPhrases.You(application);
        var reason = LetterPhrases.Sentence(application.DecisionReason, "");
        var details = LetterPhrases.Sentence(application.ReplyDetails, "");
        return replyType switch
        {
            ReplyType.AlreadyPublished =>
            [
                $"{you}申请获取的政府信息，本机关已经主动公开。{you}可以通过以下途径获取：{Or(details, "本机关政府信息公开专栏")}。",
            ],
            ReplyType.Provided =>
            [
                $"{you}申请获取的政府信息属于公开范围，本机关予以公开。{HowProvided(application, details)}",
            ],
            ReplyType.PartlyProvided =>
            [
                $"{you}申请获取的政府信息中，部分内容可以公开，部分内容不予公开。根据{LetterPhrases.Regulation}第三十七条的规定，本机关对可以公开的部分予以提供。{HowProvided(application, details)}",
                $"不予公开的部分为：{LetterPhrases.Sentence(application.WithheldParts, "")}。",
                $"不予公开的理由：{Or(reason, "该部分内容依法不予公开")}。",
            ],
            ReplyType.Withheld =>
            [
                $"{you}申请获取的政府信息{Ground(outcome)}，本机关决定不予公开。",
                $"理由如下：{Or(reason, outcome.ToChinese())}。",
            ],
            ReplyType.DoesNotExist =>
            [
                $"经检索，本机关未制作、也未获取{you}申请获取的政府信息，该政府信息不存在。{Because(reason)}",
            ],
            ReplyType.NotThisAgency =>
            [
                $"{you}申请获取的政府信息不属于本机关负责公开。{Because(reason)}",
                $"经了解，负责公开该政府信息的机关及其联系方式为：{details}。{you}可以向该机关提出申请。",
            ],
            ReplyType.Repeated =>
            [
                $"{you}此前已就相同的政府信息向本机关提出过申请，本机关已经依法作出答复。{you}本次提出的申请属于重复申请，本机关不予重复处理。{Because(reason)}",
            ],
            ReplyType.SpecialLaw =>
            [
                $"{you}申请获取的信息，有关法律、行政法规对信息的获取有专门规定，{you}应当按照有关法律、行政法规的规定办理：{details}。{Because(reason)}",
            ],
            ReplyType.NeedsCreation =>
            [
                $"本机关没有{you}申请获取的现成信息，需要对现有政府信息进行加工、分析才能形成，本机关不予提供。{Because(reason)}",
            ],
            ReplyType.StillUnclear =>
            [
                $"本机关于{Day(application.SupplementRequestedOn)}告知{you}补正申请，{you}于{Day(application.SupplementReceivedOn)}提交了补正，但补正后申请内容仍不明确，本机关无法确定{you}所需要的政府信息，无法提供。{Because(reason)}",
            ],
            ReplyType.NotAnApplication =>
            [
                $"{NotAnApplication(outcome, you)}{Because(reason)}",
                $"{you}可以通过以下渠道反映或者获取：{Or(details, "本机关告知的渠道")}。",
            ],
            ReplyType.Excessive =>
            [
                $"{you}提出的政府信息公开申请的数量、频次明显超过合理范围，且未能说明合理理由，本机关不予处理。{Because(reason)}",
            ],
            ReplyType.Terminated => [Terminated(application, outcome, you)],
            _ =>
            [
                $"{Or(reason, "本机关已依法处理您的申请")}。{(details.Length > 0 ? details + "。" : "")}",
            ],
        };
    }

    private static string HowProvided(Application application, string details) => details.Length > 0
        ? $"提供方式：{details}。"
        : $"本机关按照{LetterPhrases.You(application)}要求的方式（{application.Delivery.ToChinese()}），以{application.Format.ToChinese()}形式提供。";

    /// <summary>条例第十四、十五、十六条: the ground of 不予公开 that the outcome records, with its article.</summary>
    private static string Ground(ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.WithheldStateSecret => $"属于国家秘密，根据{LetterPhrases.Regulation}第十四条的规定",
        ApplicationOutcome.WithheldByLaw => $"属于法律、行政法规禁止公开的信息，根据{LetterPhrases.Regulation}第十四条的规定",
        ApplicationOutcome.WithheldSecurityStability => $"公开后可能危及国家安全、公共安全、经济安全、社会稳定，根据{LetterPhrases.Regulation}第十四条的规定",
        ApplicationOutcome.WithheldThirdParty => $"涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，根据{LetterPhrases.Regulation}第十五条的规定",
        ApplicationOutcome.WithheldInternalAffairs => $"属于人事管理、后勤管理、内部工作流程等内部事务信息，根据{LetterPhrases.Regulation}第十六条第一款的规定",
        ApplicationOutcome.WithheldProcess => $"属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，根据{LetterPhrases.Regulation}第十六条第二款的规定",
        ApplicationOutcome.WithheldEnforcementFile => $"属于行政执法案卷信息，根据{LetterPhrases.Regulation}第十六条第二款的规定",
        ApplicationOutcome.WithheldAdministrativeQuery => "属于行政查询事项，应当通过相应的查询途径办理",
        _ => $"属于“{outcome.ToChinese()}”的情形",
    };

    private static string NotAnApplication(ApplicationOutcome outcome, string you) => outcome switch
    {
        ApplicationOutcome.NotHandledPetition => $"{you}提出的事项属于信访、投诉、举报等诉求，根据{LetterPhrases.Regulation}第三十九条第一款的规定，不作为政府信息公开申请处理。",
        ApplicationOutcome.NotHandledPublication => $"{you}申请获取的是公开出版物，根据{LetterPhrases.Regulation}第三十九条第二款的规定，本机关不作为政府信息公开申请处理。",
        ApplicationOutcome.NotHandledConfirmation => $"{you}要求本机关确认或者重新出具已获取的信息，不属于获取政府信息的申请，本机关不作为政府信息公开申请处理。",
        _ => $"{you}提出的事项不属于政府信息公开申请，本机关不作为政府信息公开申请处理。",
    };

    private static string Terminated(Application application, ApplicationOutcome outcome, string you) => outcome == ApplicationOutcome.OtherUnpaidFee
        ? $"本机关于{Day(application.FeeNoticeOn)}向{you}发出收费通知书，告知{you}于{Day(application.PaymentDueOn)}前缴纳信息处理费{LetterPhrases.Yuan(application.FeeAmount)}。{you}逾期未缴纳，视为放弃申请，本机关不再处理{you}的该政府信息公开申请。"
        : $"本机关于{Day(application.SupplementRequestedOn)}向{you}发出补正告知书，告知{you}于{Day(application.SupplementDueOn)}前补正申请。{you}无正当理由逾期未补正，视为放弃申请，本机关不再处理{you}的该政府信息公开申请。";

    private static string Because(string reason) => reason.Length > 0 ? $"具体情况：{reason}。" : "";

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;

    private static string Day(DateOnly? date) => date is { } d ? ChineseDate.Format(d) : "此前";
}
