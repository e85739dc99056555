using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Publications.Staff;
using static Gongkai.IntegrationTests.Interpretations.InterpretationSteps;

namespace Gongkai.IntegrationTests.Interpretations;

/// <summary>Published interpretations are found by search, and leave the index with their document.</summary>
public sealed class InterpretationSearchTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string Agency = "hunjiang";
    private readonly DocumentSteps steps = new(factory);

    [Fact]
    public async Task A_published_interpretation_is_found_and_is_gone_once_its_only_document_is_withdrawn()
    {
        var marker = "解读检索" + Guid.NewGuid().ToString("N")[..6];
        var staff = await steps.StaffOfAsync(Agency);
        var document = await steps.PublishedAsync(staff, Agency, "被解读的公开文件");
        var id = await DraftAsync(staff.Drafter, Agency, document, $"图解：{marker}", "Graphic");
        var reader = factory.Anonymous();

        await DoAsync(staff.Drafter, Agency, id, "Submit");
        await DoAsync(staff.Office, Agency, id, "PassOfficeReview");
        await DoAsync(staff.Confidentiality, Agency, id, "PassConfidentialityReview");
        Assert.Empty(await HitsAsync(reader, marker));

        await DoAsync(staff.Disclosure, Agency, id, "Publish");
        var hit = Assert.Single(await HitsAsync(reader, marker));
        Assert.Equal($"/{Agency}/interpretations/{id}", hit);
        Assert.Contains($"/{Agency}/interpretations/{id}", await reader.GetStringAsync($"/{Agency}/search?q={Uri.EscapeDataString(marker)}&kind=interpretation"), StringComparison.Ordinal);

        await DocumentSteps.DoAsync(staff.Disclosure, Agency, document, "Withdraw", new() { ["note"] = "文件已撤回", ["confirmed"] = "true" });
        Assert.Empty(await HitsAsync(reader, marker));
    }

    private static async Task<List<string>> HitsAsync(StaffClient reader, string q)
    {
        using var json = JsonDocument.Parse(await reader.GetStringAsync($"/api/search?q={Uri.EscapeDataString(q)}&agency={Agency}"));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => new Uri(i.GetProperty("url").GetString()!).AbsolutePath)];
    }
}
