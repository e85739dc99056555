namespace Gongkai.Web.Features.Search.Public;

/// <summary>The addresses of the search pages; the agency's is also its column's 检索 section.</summary>
public static class SearchUrls
{
    public const string Platform = "/search";

    public static string Agency(string agencyCode) => $"/{agencyCode}/search";
}
