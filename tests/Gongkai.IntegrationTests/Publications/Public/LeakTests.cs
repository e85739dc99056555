using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;

namespace Gongkai.IntegrationTests.Publications.Public;

/// <summary>
/// One agency with a published normative document (the control) and, in the same category, one document in every
/// state that must never be public, each carrying a marker word of its own in its title and body.
/// </summary>
public sealed class LeakScenario : GongkaiFactory, IAsyncLifetime
{
    public const string CategorySlug = "normative";

    public Agency Agency { get; private set; } = null!;
    public Guid Control { get; private set; }
    public string ControlMarker { get; } = Marker("Control");
    public Guid ControlAttachment { get; private set; }
    public List<(SeedState State, string Marker, Guid Id)> Hidden { get; } = [];
    public Guid WithdrawnAttachment { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Agency = await PublicationSeed.CreateAgencyAsync(Services);
        Control = await PublicationSeed.AddAsync(Services, Agency, Document(ControlMarker, SeedState.Published) with
        {
            Attachments = [("附件1：申报表.pdf", PublicationSeed.Pdf)],
        });
        ControlAttachment = (await PublicationSeed.AttachmentsOfAsync(Services, Control)).Single().Id;

        SeedState[] hidden =
        [
            SeedState.Draft, SeedState.OfficeReview, SeedState.ConfidentialityReview, SeedState.Approved, SeedState.Scheduled,
            SeedState.RegisteredOnRequest, SeedState.RegisteredWithheld, SeedState.Withdrawn,
        ];
        foreach (var state in hidden)
        {
            var marker = Marker(state.ToString());
            var seed = Document(marker, state);
            if (state == SeedState.Withdrawn)
            {
                seed = seed with { Attachments = [("撤回附件.pdf", PublicationSeed.Pdf)] };
            }

            var id = await PublicationSeed.AddAsync(Services, Agency, seed);
            Hidden.Add((state, marker, id));
            if (state == SeedState.Withdrawn)
            {
                WithdrawnAttachment = (await PublicationSeed.AttachmentsOfAsync(Services, id)).Single().Id;
            }
        }
    }

    // Normative and valid once published, so that each one would show on every list, the normative page included, if it leaked.
    private static SeedDocument Document(string marker, SeedState state) => new($"关于{marker}的通知", CategorySlug)
    {
        Body = $"<p>正文含有标记{marker}。</p>",
        Summary = $"概述{marker}",
        State = state,
        IsNormative = true,
        EffectiveOn = new DateOnly(2025, 3, 1),
        ExpiresOn = new DateOnly(2099, 12, 31),
    };

    private static string Marker(string state) => $"Mark{state}{Guid.NewGuid().ToString("N")[..8]}";
}

public sealed partial class LeakTests(LeakScenario scenario) : IClassFixture<LeakScenario>
{
    /// <summary>Every public output that lists documents, and whether the published control must show in it.</summary>
    public static readonly TheoryData<string> Outputs = new()
    {
        "agency home", "guide", "catalog", "category", "catalog filtered", "normative", "rss", "atom", "sitemap", "api list", "api list of the category",
        "search", "search by date", "platform search", "search api",
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task No_unpublished_document_appears_in_any_public_output_and_the_published_one_does(string output)
    {
        var (url, showsControl) = UrlOf(output);
        var body = await scenario.Anonymous().GetStringAsync(url);
        foreach (var (state, marker, id) in scenario.Hidden)
        {
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{output}（{url}）泄露了“{state}”状态的文件标记 {marker}");
            Assert.False(body.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase), $"{output}（{url}）泄露了“{state}”状态的文件地址");
        }

        if (showsControl)
        {
            Assert.Contains(scenario.Control.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Each hidden document's own marker word finds nothing, in the index of this agency or of the platform.</summary>
    [Fact]
    public async Task No_unpublished_document_is_in_the_search_index()
    {
        var client = scenario.Anonymous();
        foreach (var (state, marker, _) in scenario.Hidden)
        {
            foreach (var url in new[] { $"/api/search?q={marker}&agency={scenario.Agency.Code}", $"/api/search?q={marker}" })
            {
                var body = await client.GetStringAsync(url);
                Assert.True(body.Contains("\"total\":0", StringComparison.Ordinal), $"检索“{marker}”找到了“{state}”状态的文件：{body}");
            }
        }

        var control = await client.GetStringAsync($"/api/search?q={scenario.ControlMarker}");
        Assert.Contains("\"total\":1", control, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_category_page_hides_the_unpublished_documents()
    {
        var client = scenario.Anonymous();
        var categories = await PublicationSeed.CategoriesAsync(scenario.Services, scenario.Agency.Id);
        Assert.NotEmpty(categories);
        foreach (var category in categories)
        {
            var body = await client.GetStringAsync($"/{scenario.Agency.Code}/catalog/{category.Slug}");
            foreach (var (state, marker, _) in scenario.Hidden)
            {
                Assert.False(body.Contains(marker, StringComparison.Ordinal), $"目录“{category.Name}”泄露了“{state}”状态的文件");
            }

            Assert.Equal(category.Slug == LeakScenario.CategorySlug, body.Contains(scenario.ControlMarker, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Catalog_counts_only_published_documents()
    {
        var html = await scenario.Anonymous().GetStringAsync($"/{scenario.Agency.Code}/catalog");
        var counts = CatalogCounts().Matches(html).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var categories = await PublicationSeed.CategoriesAsync(scenario.Services, scenario.Agency.Id);
        Assert.Equal(categories.Count, counts.Count);
        foreach (var category in categories)
        {
            Assert.Equal(await PublicationSeed.CountPublishedAsync(scenario.Services, scenario.Agency.Id, category.Id), counts[category.Slug]);
        }

        Assert.Equal(1, counts[LeakScenario.CategorySlug]);
        Assert.Contains("data-testid=\"catalog-total\">1<", html, StringComparison.Ordinal);

        var list = await scenario.Anonymous().GetStringAsync($"/{scenario.Agency.Code}/catalog/{LeakScenario.CategorySlug}");
        Assert.Contains("data-testid=\"result-total\">1<", list, StringComparison.Ordinal);
        var api = await scenario.Anonymous().GetStringAsync($"/api/{scenario.Agency.Code}/documents");
        Assert.StartsWith("{\"total\":1,", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_and_the_API_detail_of_every_unpublished_document_are_404_like_an_unknown_id()
    {
        var client = scenario.Anonymous();
        foreach (var (state, marker, id) in scenario.Hidden.Append((SeedState.Draft, "unknown", Guid.NewGuid())))
        {
            var page = await client.GetAsync($"/{scenario.Agency.Code}/documents/{id}");
            Assert.True(page.StatusCode == HttpStatusCode.NotFound, $"“{state}”状态的文件页面返回 {(int)page.StatusCode}");
            var html = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain(marker, html, StringComparison.Ordinal);
            Assert.DoesNotContain("撤回", html, StringComparison.Ordinal);

            var api = await client.GetAsync($"/api/{scenario.Agency.Code}/documents/{id}");
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.Equal("{\"error\":\"文件不存在或未公开。\"}", await api.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_attachment_of_a_withdrawn_document_cannot_be_downloaded()
    {
        var withdrawn = scenario.Hidden.Single(h => h.State == SeedState.Withdrawn).Id;
        var response = await scenario.Anonymous().GetAsync($"/{scenario.Agency.Code}/documents/{withdrawn}/attachments/{scenario.WithdrawnAttachment}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        // Nor through a public document's address.
        var borrowed = await scenario.Anonymous().GetAsync($"/{scenario.Agency.Code}/documents/{scenario.Control}/attachments/{scenario.WithdrawnAttachment}");
        Assert.Equal(HttpStatusCode.NotFound, borrowed.StatusCode);

        var control = await scenario.Anonymous().GetAsync($"/{scenario.Agency.Code}/documents/{scenario.Control}/attachments/{scenario.ControlAttachment}");
        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
    }

    [Fact]
    public async Task The_published_control_has_its_page_and_its_API_detail()
    {
        var client = scenario.Anonymous();
        Assert.Contains(scenario.ControlMarker, await client.GetStringAsync($"/{scenario.Agency.Code}/documents/{scenario.Control}"), StringComparison.Ordinal);
        Assert.Contains(scenario.ControlMarker, await client.GetStringAsync($"/api/{scenario.Agency.Code}/documents/{scenario.Control}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_is_not_public_under_another_agency_s_address()
    {
        var response = await scenario.Anonymous().GetAsync($"/shandong/documents/{scenario.Control}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var api = await scenario.Anonymous().GetAsync($"/api/shandong/documents/{scenario.Control}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    private (string Url, bool ShowsControl) UrlOf(string output)
    {
        var code = scenario.Agency.Code;
        return output switch
        {
            "agency home" => ($"/{code}/", true),
            "guide" => ($"/{code}/guide", false),
            "catalog" => ($"/{code}/catalog", false),
            "category" => ($"/{code}/catalog/{LeakScenario.CategorySlug}", true),
            "catalog filtered" => ($"/{code}/catalog/{LeakScenario.CategorySlug}?year=2025&topic=15&genre=%E9%80%9A%E7%9F%A5&validity=valid", true),
            "normative" => ($"/{code}/normative", true),
            "search" => ($"/{code}/search?q={Uri.EscapeDataString("正文含有标记")}", true),
            "search by date" => ($"/{code}/search?q={Uri.EscapeDataString("概述 通知")}&order=date", true),
            "platform search" => ($"/search?q={Uri.EscapeDataString("正文含有标记")}", true),
            "search api" => ($"/api/search?q={Uri.EscapeDataString("正文含有标记")}&agency={code}", true),
            "rss" => ($"/{code}/feed.rss", true),
            "atom" => ($"/{code}/feed.atom", true),
            "sitemap" => ("/sitemap.xml", true),
            "api list" => ($"/api/{code}/documents?pageSize=100", true),
            "api list of the category" => ($"/api/{code}/documents?category={LeakScenario.CategorySlug}&validity=valid&year=2025", true),
            _ => throw new ArgumentOutOfRangeException(nameof(output)),
        };
    }

    [GeneratedRegex("data-slug=\"([a-z0-9-]+)\">\\s*<span class=\"catalog-name\">[^<]*</span>\\s*<span class=\"catalog-count\" data-count=\"(\\d+)\"")]
    private static partial Regex CatalogCounts();
}
