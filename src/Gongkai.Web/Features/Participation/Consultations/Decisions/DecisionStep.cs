namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>
/// The five steps every major decision goes through (seed 000 一(一): 把公众参与、专家论证、风险评估、合法性审查和集体讨论决定
/// 作为必经程序). The numbers are stored and give the order: never renumber.
/// </summary>
public enum DecisionStep
{
    PublicParticipation = 1,
    ExpertReview = 2,
    RiskAssessment = 3,
    LegalityReview = 4,
    CollectiveDecision = 5,
}

/// <summary>Where one step stands. The numbers are stored: never renumber.</summary>
public enum StepState
{
    NotStarted = 1,
    InProgress = 2,
    Completed = 3,
    NotApplicable = 4,
}

/// <summary>Where the decision as a whole stands. The numbers are stored: never renumber.</summary>
public enum DecisionStatus
{
    Planned = 1,
    InProgress = 2,
    Decided = 3,
    Withdrawn = 4,
}

public static class DecisionText
{
    public static string ToChinese(this DecisionStep step) => step switch
    {
        DecisionStep.PublicParticipation => "公众参与",
        DecisionStep.ExpertReview => "专家论证",
        DecisionStep.RiskAssessment => "风险评估",
        DecisionStep.LegalityReview => "合法性审查",
        DecisionStep.CollectiveDecision => "集体讨论决定",
        _ => step.ToString(),
    };

    public static string ToChinese(this StepState state) => state switch
    {
        StepState.NotStarted => "未开始",
        StepState.InProgress => "进行中",
        StepState.Completed => "已完成",
        StepState.NotApplicable => "不适用",
        _ => state.ToString(),
    };

    public static string ToChinese(this DecisionStatus status) => status switch
    {
        DecisionStatus.Planned => "计划中",
        DecisionStatus.InProgress => "推进中",
        DecisionStatus.Decided => "已作出决定",
        DecisionStatus.Withdrawn => "已撤销",
        _ => status.ToString(),
    };
}
