using System.Globalization;
using System.Xml;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Public;

/// <summary>
/// /sitemap.xml (sitemaps.org 0.9): the platform home, each agency's home, guide, catalog, category pages and
/// normative page, then every public document. Streamed as it is read; a sitemap holds at most 50,000 addresses.
/// </summary>
internal static class Sitemap
{
    public const int MaxUrls = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapSitemap(this IEndpointRouteBuilder app) =>
        app.MapGet("/sitemap.xml", WriteAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task WriteAsync(HttpContext http, AgencyDirectory agencies, PublicDocuments documents, Reports.AnnualReports.PublishedReports reports, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var reportYears = await reports.YearsEverywhereAsync(cancellationToken);
        var request = http.Request;
        var all = await agencies.AllAsync();
        var codes = all.ToDictionary(a => a.Id, a => a.Code);
        var slugs = (await db.Set<CatalogCategory>().AsNoTracking()
                .OrderBy(c => c.SortOrder)
                .Select(c => new { c.AgencyId, c.Slug })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.AgencyId, c => c.Slug);

        await using var xml = XmlOutput.Create(http.Response, "application/xml; charset=utf-8");
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        var written = 0;

        async Task UrlAsync(string path, DateTimeOffset? modified)
        {
            if (written >= MaxUrls)
            {
                return;
            }

            await xml.WriteStartElementAsync(null, "url", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, PublicUrls.Absolute(request, path));
            if (modified is { } at)
            {
                await xml.WriteElementStringAsync(null, "lastmod", Namespace, at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            await xml.WriteEndElementAsync();
            written++;
        }

        await UrlAsync("/", null);
        foreach (var agency in all)
        {
            await UrlAsync(PublicUrls.Home(agency.Code), null);
            await UrlAsync(PublicUrls.Guide(agency.Code), null);
            await UrlAsync(PublicUrls.Catalog(agency.Code), null);
            await UrlAsync(PublicUrls.Normative(agency.Code), null);
            await UrlAsync(Reports.AnnualReports.AnnualReportUrls.PublicList(agency.Code), null);
            foreach (var year in reportYears[agency.Id].Order())
            {
                await UrlAsync(Reports.AnnualReports.AnnualReportUrls.PublicReport(agency.Code, year), null);
            }

            // An agency whose catalog nobody has opened yet gets the default one on first visit: list those addresses.
            var own = slugs[agency.Id].ToList();
            foreach (var slug in own.Count > 0 ? own : DefaultCatalog.Categories.Select(c => c.Slug))
            {
                await UrlAsync(PublicUrls.Category(agency.Code, slug), null);
            }
        }

        var remaining = MaxUrls - written;
        if (remaining > 0)
        {
            var rows = PublicDocuments.NewestFirst(documents.Everywhere())
                .Take(remaining)
                .Select(d => new { d.AgencyId, d.Id, d.UpdatedAt })
                .AsAsyncEnumerable();
            var count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                if (codes.TryGetValue(row.AgencyId, out var code))
                {
                    await UrlAsync(PublicUrls.Document(code, row.Id), XmlOutput.Utc(row.UpdatedAt));
                }

                if (++count % 1000 == 0)
                {
                    await xml.FlushAsync();
                }
            }
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }
}
