namespace Gongkai.Web.Features.Publications;

public enum DocumentStatus
{
    Draft = 0,
    OfficeReview = 1,
    ConfidentialityReview = 2,
    Approved = 3,
    Scheduled = 4,
    Published = 5,
    Registered = 6,
    Withdrawn = 7,
}

public static class DocumentStatusNames
{
    public static string ToChinese(this DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "草稿",
        DocumentStatus.OfficeReview => "办文审核",
        DocumentStatus.ConfidentialityReview => "保密审查",
        DocumentStatus.Approved => "已批准",
        DocumentStatus.Scheduled => "定时发布",
        DocumentStatus.Published => "已发布",
        DocumentStatus.Registered => "登记备查",
        DocumentStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
