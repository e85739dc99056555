using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Publications.Staff;

/// <summary>
/// Drives documents through the back office over HTTP the way staff do: drafts posted as multipart forms (attachments
/// included), actions posted from the document page.
/// </summary>
internal sealed partial class DocumentSteps(GongkaiFactory factory)
{
    public const string WrittenOn = "2026-03-02";

    public static string List(string agency) => $"/admin/{agency}/documents";

    public static string Page(string agency, Guid id) => $"/admin/{agency}/documents/{id}";

    public async Task<Guid> CategoryIdAsync(string agency)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agencyId = await db.Agencies.Where(a => a.Code == agency).Select(a => a.Id).SingleAsync();
        var categories = await scope.ServiceProvider.GetRequiredService<AgencyCatalog>().EnsureAsync(agencyId);
        return categories.OrderBy(c => c.SortOrder).First().Id;
    }

    /// <summary>A complete, valid draft form; tests override what they are about.</summary>
    public async Task<Dictionary<string, string>> DraftFieldsAsync(string agency, string title) => new()
    {
        ["title"] = title,
        ["documentNumber"] = "",
        ["coIssuers"] = "",
        ["writtenOn"] = WrittenOn,
        ["topicCode"] = "15.01",
        ["genre"] = "通知",
        ["categoryId"] = (await CategoryIdAsync(agency)).ToString(),
        ["summary"] = "测试用文件的内容概述。",
        ["keywords"] = "测试",
        ["bodyHtml"] = "<p>正文第一段。</p>",
        ["attribute"] = "Proactive",
        ["attributeReason"] = "",
        ["attributeGround"] = "",
    };

    /// <summary>Posts the draft form as a browser does (multipart, antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> PostDraftAsync(StaffClient client, string pageUrl, Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var token = await TokenAsync(client, pageUrl);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "files", name);
        }

        return await client.Http.PostAsync(new Uri(pageUrl, UriKind.Relative), content);
    }

    /// <summary>Drafts a document as <paramref name="drafter"/> and returns its id.</summary>
    public async Task<Guid> DraftAsync(StaffClient drafter, string agency, string title, Action<Dictionary<string, string>>? change = null, params (string Name, byte[] Content)[] files)
    {
        var fields = await DraftFieldsAsync(agency, title);
        change?.Invoke(fields);
        var response = await PostDraftAsync(drafter, $"{List(agency)}/new", fields, files);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"起草失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var id = Guid.Parse(IdPattern().Match(response.Headers.Location!.OriginalString).Groups[1].Value);

        // 谁起草、谁解读: a normative document, or one needing interpretation, is submitted with its interpretation.
        if (fields.GetValueOrDefault("isNormative") == "true" || fields.GetValueOrDefault("needsInterpretation") == "true")
        {
            await Interpretations.InterpretationSteps.DraftAsync(drafter, agency, id);
        }

        return id;
    }

    /// <summary>Posts one action from the document page.</summary>
    public static Task<HttpResponseMessage> ActAsync(StaffClient client, string agency, Guid id, string action, Dictionary<string, string>? fields = null)
    {
        var url = Page(agency, id);
        var content = new Dictionary<string, string>(fields ?? []) { ["action"] = action };
        return client.PostFormAsync(url, url, content);
    }

    /// <summary>Takes an action that must succeed (a redirect back to the page).</summary>
    public static async Task DoAsync(StaffClient client, string agency, Guid id, string action, Dictionary<string, string>? fields = null)
    {
        var response = await ActAsync(client, agency, id, action, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await response.Content.ReadAsStringAsync();
            var error = ErrorPattern().Match(html);
            throw new InvalidOperationException($"“{action}”失败：{(int)response.StatusCode} {(error.Success ? error.Groups[1].Value : html[..Math.Min(html.Length, 500)])}");
        }
    }

    public async Task<Document> LoadAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Set<Document>().AsNoTracking().Include(d => d.History).SingleAsync(d => d.Id == id);
    }

    /// <summary>Signs in the agency's staff with the roles a document passes through.</summary>
    public async Task<Staff> StaffOfAsync(string agency) => new(
        await factory.SignInAsync($"{agency}-drafter"),
        await factory.SignInAsync($"{agency}-officereviewer"),
        await factory.SignInAsync($"{agency}-confidentialityreviewer"),
        await factory.SignInAsync($"{agency}-disclosureofficer"));

    /// <summary>Drafts a document and takes it through both reviews to 已批准.</summary>
    public async Task<Guid> ApprovedAsync(Staff staff, string agency, string title, Action<Dictionary<string, string>>? change = null)
    {
        var id = await DraftAsync(staff.Drafter, agency, title, change);
        await DoAsync(staff.Drafter, agency, id, "Submit");
        await DoAsync(staff.Office, agency, id, "PassOfficeReview");
        await DoAsync(staff.Confidentiality, agency, id, "PassConfidentialityReview");
        return id;
    }

    public async Task<Guid> PublishedAsync(Staff staff, string agency, string title, Action<Dictionary<string, string>>? change = null)
    {
        var id = await ApprovedAsync(staff, agency, title, change);
        await DoAsync(staff.Disclosure, agency, id, "Publish");
        return id;
    }

    public static string? ErrorOf(string html)
    {
        var match = ErrorPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static async Task<string> TokenAsync(StaffClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{pageUrl} 没有防伪令牌");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/documents/([0-9a-f-]{36})")]
    private static partial Regex IdPattern();

    [GeneratedRegex("class=\"alert alert-error\" role=\"alert\"[^>]*>([^<]*)<")]
    private static partial Regex ErrorPattern();

    internal sealed record Staff(StaffClient Drafter, StaffClient Office, StaffClient Confidentiality, StaffClient Disclosure);
}
