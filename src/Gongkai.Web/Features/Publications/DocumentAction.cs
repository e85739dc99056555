namespace Gongkai.Web.Features.Publications;

public enum DocumentAction
{
    Submit,
    Return,
    PassOfficeReview,
    PassConfidentialityReview,
    Publish,
    Schedule,
    PublishScheduled,
    Register,
    Withdraw,
    Correct,
    KeepOnReview,
    ConvertToProactive,
}

public static class DocumentActionNames
{
    public static string ToChinese(this DocumentAction action) => action switch
    {
        DocumentAction.Submit => "提交审核",
        DocumentAction.Return => "退回修改",
        DocumentAction.PassOfficeReview => "办文审核通过",
        DocumentAction.PassConfidentialityReview => "保密审查通过",
        DocumentAction.Publish => "发布",
        DocumentAction.Schedule => "定时发布",
        DocumentAction.PublishScheduled => "到时发布",
        DocumentAction.Register => "登记备查",
        DocumentAction.Withdraw => "撤回",
        DocumentAction.Correct => "更正",
        DocumentAction.KeepOnReview => "审查后继续不公开",
        DocumentAction.ConvertToProactive => "转为主动公开",
        _ => action.ToString(),
    };
}
