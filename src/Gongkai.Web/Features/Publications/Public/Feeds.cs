using System.Globalization;
using System.Xml;
using Gongkai.Web.Features.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>
/// /{agency}/feed.rss (RSS 2.0) and /{agency}/feed.atom (Atom 1.0, RFC 4287): the 50 newest public documents of an
/// agency, with absolute addresses. Written with XmlWriter, so every title and summary is escaped.
/// </summary>
internal static class Feeds
{
    public const int Size = 50;
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{agency}/feed.rss", RssAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/{agency}/feed.atom", AtomAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task RssAsync(string agency, HttpContext http, AgencyDirectory agencies, PublicDocuments documents, TimeProvider time, CancellationToken cancellationToken)
    {
        var (found, items) = await FeedOfAsync(agency, agencies, documents, cancellationToken);
        if (found is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var request = http.Request;
        var home = PublicUrls.Absolute(request, PublicUrls.Home(found.Code));
        var built = items.Count > 0 ? items.Max(i => i.Updated) : time.GetUtcNow();
        await using var xml = XmlOutput.Create(http.Response, "application/rss+xml; charset=utf-8");
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "rss", null);
        await xml.WriteAttributeStringAsync(null, "version", null, "2.0");
        await xml.WriteAttributeStringAsync("xmlns", "atom", null, AtomNamespace);
        await xml.WriteStartElementAsync(null, "channel", null);
        await xml.WriteElementStringAsync(null, "title", null, Title(found));
        await xml.WriteElementStringAsync(null, "link", null, home);
        await xml.WriteElementStringAsync(null, "description", null, $"{found.FullName}政府信息公开专栏最新主动公开的政府信息");
        await xml.WriteElementStringAsync(null, "language", null, "zh-CN");
        await xml.WriteElementStringAsync(null, "lastBuildDate", null, Rfc822(built));
        await xml.WriteStartElementAsync("atom", "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "href", null, PublicUrls.Absolute(request, PublicUrls.Rss(found.Code)));
        await xml.WriteAttributeStringAsync(null, "rel", null, "self");
        await xml.WriteAttributeStringAsync(null, "type", null, "application/rss+xml");
        await xml.WriteEndElementAsync();
        foreach (var item in items)
        {
            var url = PublicUrls.Absolute(request, PublicUrls.Document(found.Code, item.Id));
            await xml.WriteStartElementAsync(null, "item", null);
            await xml.WriteElementStringAsync(null, "title", null, XmlOutput.Clean(item.Title));
            await xml.WriteElementStringAsync(null, "link", null, url);
            await xml.WriteStartElementAsync(null, "guid", null);
            await xml.WriteAttributeStringAsync(null, "isPermaLink", null, "true");
            await xml.WriteStringAsync(url);
            await xml.WriteEndElementAsync();
            await xml.WriteElementStringAsync(null, "pubDate", null, Rfc822(item.Published));
            await xml.WriteElementStringAsync(null, "description", null, XmlOutput.Clean(item.Description));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task AtomAsync(string agency, HttpContext http, AgencyDirectory agencies, PublicDocuments documents, TimeProvider time, CancellationToken cancellationToken)
    {
        var (found, items) = await FeedOfAsync(agency, agencies, documents, cancellationToken);
        if (found is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var request = http.Request;
        var self = PublicUrls.Absolute(request, PublicUrls.Atom(found.Code));
        var updated = items.Count > 0 ? items.Max(i => i.Updated) : time.GetUtcNow();
        await using var xml = XmlOutput.Create(http.Response, "application/atom+xml; charset=utf-8");
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", AtomNamespace);
        await xml.WriteAttributeStringAsync("xml", "lang", null, "zh-CN");
        await xml.WriteElementStringAsync(null, "title", AtomNamespace, Title(found));
        await xml.WriteElementStringAsync(null, "subtitle", AtomNamespace, $"{found.FullName}政府信息公开专栏最新主动公开的政府信息");
        await xml.WriteElementStringAsync(null, "id", AtomNamespace, self);
        await xml.WriteElementStringAsync(null, "updated", AtomNamespace, Rfc3339(updated));
        await LinkAsync(xml, self, "self", "application/atom+xml");
        await LinkAsync(xml, PublicUrls.Absolute(request, PublicUrls.Home(found.Code)), "alternate", "text/html");
        await xml.WriteStartElementAsync(null, "author", AtomNamespace);
        await xml.WriteElementStringAsync(null, "name", AtomNamespace, found.FullName);
        await xml.WriteEndElementAsync();
        foreach (var item in items)
        {
            var url = PublicUrls.Absolute(request, PublicUrls.Document(found.Code, item.Id));
            await xml.WriteStartElementAsync(null, "entry", AtomNamespace);
            await xml.WriteElementStringAsync(null, "title", AtomNamespace, XmlOutput.Clean(item.Title));
            await xml.WriteElementStringAsync(null, "id", AtomNamespace, url);
            await LinkAsync(xml, url, "alternate", "text/html");
            await xml.WriteElementStringAsync(null, "published", AtomNamespace, Rfc3339(item.Published));
            await xml.WriteElementStringAsync(null, "updated", AtomNamespace, Rfc3339(item.Updated));
            await xml.WriteElementStringAsync(null, "summary", AtomNamespace, XmlOutput.Clean(item.Description));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task<(Agency? Agency, IReadOnlyList<FeedItem> Items)> FeedOfAsync(
        string code, AgencyDirectory agencies, PublicDocuments documents, CancellationToken cancellationToken)
    {
        var agency = await agencies.FindAsync(code);
        if (agency is null)
        {
            return (null, []);
        }

        var rows = await PublicDocuments.NewestFirst(documents.Of(agency.Id))
            .Take(Size)
            .Select(d => new { d.Id, d.Title, d.Summary, d.DocumentNumber, d.PublishedAt, d.PublishedOn, d.UpdatedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var published = XmlOutput.Instant(r.PublishedAt, r.PublishedOn);
            var updated = XmlOutput.Utc(r.UpdatedAt);
            var description = r.Summary.Length > 0 ? r.Summary : string.IsNullOrEmpty(r.DocumentNumber) ? r.Title : $"{r.DocumentNumber} {r.Title}";
            return new FeedItem(r.Id, r.Title, description, published, updated > published ? updated : published);
        }).ToList();
        return (agency, items);
    }

    private static async Task LinkAsync(XmlWriter xml, string href, string rel, string type)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNamespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static string Title(Agency agency) => $"{agency.FullName}政府信息公开";

    private static string Rfc822(DateTimeOffset at) => at.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    private static string Rfc3339(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed record FeedItem(Guid Id, string Title, string Description, DateTimeOffset Published, DateTimeOffset Updated);
}
