using System.Net;
using System.Xml.Linq;

namespace Gongkai.IntegrationTests.Publications.Public;

public sealed class FeedTests(ColumnScenario scenario) : IClassFixture<ColumnScenario>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_RSS_feed_is_RSS_2_0_with_the_fifty_newest_documents_at_absolute_addresses()
    {
        var response = await scenario.Anonymous().GetAsync($"/{scenario.Code}/feed.rss");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", rss.Root!.Attribute("version")?.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal("测试市人力资源和社会保障局政府信息公开", channel.Element("title")?.Value);
        Assert.Equal($"http://localhost/{scenario.Code}/", channel.Element("link")?.Value);
        Assert.Equal($"http://localhost/{scenario.Code}/feed.rss", channel.Element(Atom + "link")?.Attribute("href")?.Value);

        var items = channel.Elements("item").ToList();
        Assert.Equal(50, items.Count);
        var first = items[0];
        Assert.Equal(ColumnScenario.SpecialTitle, first.Element("title")?.Value);
        Assert.Equal("概述含有 <b>标签</b> & 符号", first.Element("description")?.Value);
        Assert.Equal($"http://localhost/{scenario.Code}/documents/{scenario.Special}", first.Element("link")?.Value);
        Assert.Equal("true", first.Element("guid")?.Attribute("isPermaLink")?.Value);
        Assert.All(items, i => Assert.StartsWith($"http://localhost/{scenario.Code}/documents/", i.Element("link")!.Value, StringComparison.Ordinal));
        Assert.All(items, i => Assert.True(DateTimeOffset.TryParse(i.Element("pubDate")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _)));

        // The oldest of the 58 fall off the end.
        Assert.DoesNotContain(items, i => i.Element("link")!.Value.EndsWith(scenario.WithAttachment.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_brought_in_with_an_old_date_is_dated_that_day_in_the_feed()
    {
        var rss = XDocument.Parse(await scenario.Anonymous().GetStringAsync($"/{scenario.Code}/feed.rss"));
        var item = rss.Descendants("item").Single(i => i.Element("link")!.Value.EndsWith(scenario.Employment[44].ToString(), StringComparison.Ordinal));
        // 2025-05-31 00:00 in Beijing.
        Assert.Equal("Fri, 30 May 2025 16:00:00 GMT", item.Element("pubDate")?.Value);
    }

    [Fact]
    public async Task The_Atom_feed_is_Atom_1_0_with_ids_links_and_dates()
    {
        var response = await scenario.Anonymous().GetAsync($"/{scenario.Code}/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var atom = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var feed = atom.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal($"http://localhost/{scenario.Code}/feed.atom", feed.Element(Atom + "id")?.Value);
        Assert.NotNull(feed.Element(Atom + "updated"));
        Assert.Equal("测试市人力资源和社会保障局", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Contains(feed.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self");

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(50, entries.Count);
        var first = entries[0];
        Assert.Equal(ColumnScenario.SpecialTitle, first.Element(Atom + "title")?.Value);
        Assert.Equal($"http://localhost/{scenario.Code}/documents/{scenario.Special}", first.Element(Atom + "id")?.Value);
        Assert.Equal($"http://localhost/{scenario.Code}/documents/{scenario.Special}", first.Element(Atom + "link")?.Attribute("href")?.Value);
        Assert.All(entries, e => Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _)));
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "published")));
    }

    [Fact]
    public async Task A_control_character_pasted_into_a_title_does_not_break_the_feeds()
    {
        var agency = await PublicationSeed.CreateAgencyAsync(scenario.Services);
        await PublicationSeed.AddAsync(scenario.Services, agency, new SeedDocument("关于\u0002复制粘贴\u000B的通知", "notices") { Summary = "概述\u0001" });
        var rss = XDocument.Parse(await scenario.Anonymous().GetStringAsync($"/{agency.Code}/feed.rss"));
        Assert.Equal("关于复制粘贴的通知", rss.Descendants("item").Single().Element("title")?.Value);
        var atom = XDocument.Parse(await scenario.Anonymous().GetStringAsync($"/{agency.Code}/feed.atom"));
        Assert.Equal("概述", atom.Descendants(Atom + "summary").Single().Value);
        XDocument.Parse(await scenario.Anonymous().GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task An_agency_without_documents_has_valid_empty_feeds()
    {
        var agency = await PublicationSeed.CreateAgencyAsync(scenario.Services);
        var rss = XDocument.Parse(await scenario.Anonymous().GetStringAsync($"/{agency.Code}/feed.rss"));
        Assert.Empty(rss.Descendants("item"));
        var atom = XDocument.Parse(await scenario.Anonymous().GetStringAsync($"/{agency.Code}/feed.atom"));
        Assert.Empty(atom.Descendants(Atom + "entry"));
        Assert.NotNull(atom.Root!.Element(Atom + "updated"));
    }

    [Fact]
    public async Task Feeds_of_an_unknown_agency_are_404()
    {
        var client = scenario.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-agency/feed.rss")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-agency/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_the_column_pages_and_every_public_document()
    {
        var response = await scenario.Anonymous().GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemaps + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.All(urls, u => Assert.StartsWith("http://localhost/", u, StringComparison.Ordinal));

        var root = $"http://localhost/{scenario.Code}";
        string[] pages = ["http://localhost/", $"{root}/", $"{root}/guide", $"{root}/catalog", $"{root}/normative", $"{root}/catalog/employment", $"{root}/catalog/internships", "http://localhost/shandong/catalog/notices"];
        foreach (var page in pages)
        {
            Assert.Contains(page, urls);
        }

        var documents = urls.Where(u => u.StartsWith($"{root}/documents/", StringComparison.Ordinal)).ToList();
        Assert.Equal(ColumnScenario.TotalPublic, documents.Count);
        Assert.Contains($"{root}/documents/{scenario.WithAttachment}", documents);
        var lastmod = sitemap.Root.Elements(Sitemaps + "url").First(u => u.Element(Sitemaps + "loc")!.Value.StartsWith($"{root}/documents/", StringComparison.Ordinal)).Element(Sitemaps + "lastmod");
        Assert.NotNull(lastmod);
    }
}
