namespace Gongkai.Web.Features.Publications.Public;

/// <summary>The stable addresses of the disclosure column; a document's address never changes once published.</summary>
public static class PublicUrls
{
    public static string Home(string agencyCode) => $"/{agencyCode}/";

    public static string Guide(string agencyCode) => $"/{agencyCode}/guide";

    public static string Catalog(string agencyCode) => $"/{agencyCode}/catalog";

    public static string Category(string agencyCode, string slug) => $"/{agencyCode}/catalog/{slug}";

    public static string Normative(string agencyCode) => $"/{agencyCode}/normative";

    public static string Document(string agencyCode, Guid id) => $"/{agencyCode}/documents/{id}";

    public static string Attachment(string agencyCode, Guid documentId, Guid attachmentId) =>
        $"/{agencyCode}/documents/{documentId}/attachments/{attachmentId}";

    public static string Rss(string agencyCode) => $"/{agencyCode}/feed.rss";

    public static string Atom(string agencyCode) => $"/{agencyCode}/feed.atom";

    /// <summary>The address as seen by the caller (scheme, host and path base of the request), for feeds, the sitemap and the API.</summary>
    public static string Absolute(HttpRequest request, string path) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
}
