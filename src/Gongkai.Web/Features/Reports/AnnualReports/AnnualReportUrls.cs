using System.Globalization;

namespace Gongkai.Web.Features.Reports.AnnualReports;

public static class AnnualReportUrls
{
    public static string StaffList(string agencyCode) => $"/admin/{agencyCode}/annual-reports";

    public static string StaffDetails(string agencyCode, int year) => $"/admin/{agencyCode}/annual-reports/{Y(year)}";

    public static string StaffAction(string agencyCode, int year, string handler) => $"{StaffDetails(agencyCode, year)}?handler={handler}";

    public static string StaffDownload(string agencyCode, int year, string format) => $"{StaffDetails(agencyCode, year)}?handler=download&format={format}";

    public static string PublicList(string agencyCode) => $"/{agencyCode}/annual-reports";

    public static string PublicReport(string agencyCode, int year) => $"/{agencyCode}/annual-reports/{Y(year)}";

    public static string PublicDownload(string agencyCode, int year, string format) => $"/{agencyCode}/annual-reports/{Y(year)}/report.{format}";

    public static string Api(string agencyCode, int year) => $"/api/{agencyCode}/annual-reports/{Y(year)}";

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
