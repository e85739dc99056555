namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>草稿 → 审核 → 已发布. Stored numbers: never renumber.</summary>
public enum AnnualReportStatus
{
    Draft = 1,
    InReview = 2,
    Published = 3,
}

public static class AnnualReportStatusText
{
    public static string ToChinese(this AnnualReportStatus status) => status switch
    {
        AnnualReportStatus.Draft => "草稿",
        AnnualReportStatus.InReview => "审核",
        AnnualReportStatus.Published => "已发布",
        _ => status.ToString(),
    };
}
