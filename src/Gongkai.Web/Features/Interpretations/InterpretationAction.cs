namespace Gongkai.Web.Features.Interpretations;

public enum InterpretationAction
{
    Submit = 0,
    Return = 1,
    PassOfficeReview = 2,
    Publish = 3,
    Withdraw = 4,
    PassConfidentialityReview = 5,
}

public static class InterpretationActionNames
{
    public static string ToChinese(this InterpretationAction action) => action switch
    {
        InterpretationAction.Submit => "提交审核",
        InterpretationAction.Return => "退回修改",
        InterpretationAction.PassOfficeReview => "审核通过",
        InterpretationAction.PassConfidentialityReview => "通过保密审查",
        InterpretationAction.Publish => "发布",
        InterpretationAction.Withdraw => "撤回",
        _ => action.ToString(),
    };
}
