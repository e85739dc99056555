namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>The steps of a report's history. Stored numbers: never renumber.</summary>
public enum AnnualReportAction
{
    Create = 1,
    Edit = 2,
    Recompute = 3,
    Submit = 4,
    Return = 5,
    Publish = 6,
}

public static class AnnualReportActionText
{
    public static string ToChinese(this AnnualReportAction action) => action switch
    {
        AnnualReportAction.Create => "新建",
        AnnualReportAction.Edit => "修改",
        AnnualReportAction.Recompute => "重新计算",
        AnnualReportAction.Submit => "提交审核",
        AnnualReportAction.Return => "退回修改",
        AnnualReportAction.Publish => "审核发布",
        _ => action.ToString(),
    };
}
