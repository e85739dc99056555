using System.Net;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Interpretations;

/// <summary>Drafts and moves interpretations over HTTP the way staff do.</summary>
internal static partial class InterpretationSteps
{
    public static string List(string agency) => $"/admin/{agency}/interpretations";

    public static string Page(string agency, Guid id) => $"/admin/{agency}/interpretations/{id}";

    public static Dictionary<string, string> Fields(Guid documentId, string title = "关于政策文件的解读", string form = "TextInterpretation") => new()
    {
        ["documentIds"] = documentId.ToString(),
        ["title"] = title,
        ["form"] = form,
        ["bodyHtml"] = "<p>一、出台背景。</p><script>alert(1)</script>",
        ["mediaUrl"] = "",
    };

    public static Task<HttpResponseMessage> PostNewAsync(StaffClient drafter, string agency, Dictionary<string, string> fields) =>
        drafter.PostFormAsync($"{List(agency)}/new", $"{List(agency)}/new", fields);

    /// <summary>Drafts an interpretation of the document (谁起草、谁解读) and returns its id.</summary>
    public static async Task<Guid> DraftAsync(StaffClient drafter, string agency, Guid documentId, string title = "关于政策文件的解读", string form = "TextInterpretation")
    {
        var response = await PostNewAsync(drafter, agency, Fields(documentId, title, form));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"起草解读失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return Guid.Parse(IdPattern().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    public static Task<HttpResponseMessage> ActAsync(StaffClient client, string agency, Guid id, string action, Dictionary<string, string>? fields = null)
    {
        var url = Page(agency, id);
        return client.PostFormAsync(url, url, new Dictionary<string, string>(fields ?? []) { ["action"] = action });
    }

    public static async Task DoAsync(StaffClient client, string agency, Guid id, string action, Dictionary<string, string>? fields = null)
    {
        var response = await ActAsync(client, agency, id, action, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"“{action}”失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [GeneratedRegex("/interpretations/([0-9a-f-]{36})")]
    private static partial Regex IdPattern();
}
