namespace Gongkai.Web.Features.Reports.AnnualReports.Output;

/// <summary>What the downloads print: the report, the agency's name, and the file name to offer.</summary>
public sealed record AnnualReportDocument(string AgencyName, AnnualReport Report)
{
    public string Title => $"{AgencyName}{Report.Year}年政府信息公开工作年度报告";

    public string FileName(string extension) => $"{Title}.{extension}";
}
