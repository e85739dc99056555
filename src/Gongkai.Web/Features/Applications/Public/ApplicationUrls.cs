namespace Gongkai.Web.Features.Applications.Public;

/// <summary>The applicant's pages of an agency's column.</summary>
internal static class ApplicationUrls
{
    public static string Apply(string agency) => $"/{agency}/applications";

    public static string Submitted(string agency) => $"/{agency}/applications/submitted";

    public static string Status(string agency) => $"/{agency}/applications/status";

    public static string Supplement(string agency) => $"/{agency}/applications/status/supplement";

    public static string Letter(string agency) => $"/{agency}/applications/status/letter";
}
