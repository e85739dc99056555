namespace Gongkai.Web.Features.Publications;

/// <summary>The legal grounds for not publishing proactively (条例第十四、十五、十六条), or an entry of the agency's negative list.</summary>
public static class WithholdingGround
{
    public static readonly IReadOnlyList<(string Code, string Text)> Statutory =
    [
        ("14-secret", "第十四条：属于国家秘密"),
        ("14-law", "第十四条：法律、行政法规禁止公开"),
        ("14-security", "第十四条：公开后可能危及国家安全、公共安全、经济安全、社会稳定"),
        ("15-third-party", "第十五条：涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害"),
        ("16-internal", "第十六条第一款：内部事务信息（人事管理、后勤管理、内部工作流程等）"),
        ("16-process", "第十六条第二款：过程性信息（讨论记录、过程稿、磋商信函、请示报告等）"),
        ("16-enforcement", "第十六条第二款：行政执法案卷信息"),
        ("negative-list", "本机关负面清单所列事项"),
    ];

    public static bool IsKnown(string code) => Statutory.Any(g => g.Code == code);

    public static string Describe(string code) => Statutory.FirstOrDefault(g => g.Code == code).Text ?? code;
}
