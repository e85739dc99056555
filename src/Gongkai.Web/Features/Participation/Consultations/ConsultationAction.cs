namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>The steps of a consultation's history. The numbers are stored: never renumber.</summary>
public enum ConsultationAction
{
    Create = 1,
    Edit = 2,
    Open = 3,
    PublishReport = 4,
    Attach = 5,
    RemoveAttachment = 6,
}

public static class ConsultationActionText
{
    public static string ToChinese(this ConsultationAction action) => action switch
    {
        ConsultationAction.Create => "起草",
        ConsultationAction.Edit => "修改草稿",
        ConsultationAction.Open => "发布征求意见",
        ConsultationAction.PublishReport => "公布意见采纳情况",
        ConsultationAction.Attach => "添加附件",
        ConsultationAction.RemoveAttachment => "删除附件",
        _ => action.ToString(),
    };
}
