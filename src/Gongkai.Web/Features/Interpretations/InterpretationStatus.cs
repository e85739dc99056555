namespace Gongkai.Web.Features.Interpretations;

public enum InterpretationStatus
{
    Draft = 0,
    OfficeReview = 1,
    Approved = 2,
    Published = 3,
    Withdrawn = 4,
    ConfidentialityReview = 5,
}

public static class InterpretationStatusNames
{
    public static string ToChinese(this InterpretationStatus status) => status switch
    {
        InterpretationStatus.Draft => "草稿",
        InterpretationStatus.OfficeReview => "办文审核",
        InterpretationStatus.ConfidentialityReview => "保密审查",
        InterpretationStatus.Approved => "已批准",
        InterpretationStatus.Published => "已发布",
        InterpretationStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
