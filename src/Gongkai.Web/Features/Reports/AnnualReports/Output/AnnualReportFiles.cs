using Gongkai.Web.Features.Applications.Letters;

namespace Gongkai.Web.Features.Reports.AnnualReports.Output;

/// <summary>The DOCX or XLSX of a report as a download, for the public column and the back office alike.</summary>
internal static class AnnualReportFiles
{
    public static IResult? Download(AnnualReportDocument document, string? format) => format switch
    {
        "docx" => Results.File(AnnualReportDocx.Write(document), DocxLetter.ContentType, document.FileName("docx")),
        "xlsx" => Results.File(AnnualReportXlsx.Write(document), AnnualReportXlsx.ContentType, document.FileName("xlsx")),
        _ => null,
    };
}
