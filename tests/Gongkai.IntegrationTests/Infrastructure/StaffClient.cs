using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>An HTTP client that keeps its cookies and posts forms the way a browser does, antiforgery token included.</summary>
public sealed partial class StaffClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task SignInAsync(string userName, string password)
    {
        var response = await PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["userName"] = userName, ["password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"登录失败：{userName}，状态 {(int)response.StatusCode}");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetStringAsync(string url)
    {
        var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"GET {url} → {(int)response.StatusCode}");
    }

    /// <summary>Loads <paramref name="pageUrl"/> for its antiforgery token, then posts the fields to <paramref name="postUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await Http.GetAsync(new Uri(pageUrl, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenFor(html, postUrl);
        var content = new Dictionary<string, string>(fields);
        if (token is not null)
        {
            content["__RequestVerificationToken"] = token;
        }

        return await Http.PostAsync(new Uri(postUrl, UriKind.Relative), new FormUrlEncodedContent(content));
    }

    /// <summary>
    /// Loads <paramref name="pageUrl"/> for the token of the form that posts to <paramref name="postUrl"/>, then posts
    /// the fields and files as multipart, as a browser does with an upload form.
    /// </summary>
    public async Task<HttpResponseMessage> PostFilesAsync(string pageUrl, string postUrl, string fileField, params (string Name, byte[] Content)[] files)
    {
        var page = await Http.GetAsync(new Uri(pageUrl, UriKind.Relative));
        var token = TokenFor(await page.Content.ReadAsStringAsync(), postUrl);
        using var content = new MultipartFormDataContent();
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, fileField, name);
        }

        return await Http.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    /// <summary>Posts the fields without a token, as a forged cross-site form would.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string postUrl, Dictionary<string, string> fields) =>
        Http.PostAsync(new Uri(postUrl, UriKind.Relative), new FormUrlEncodedContent(fields));

    // The token of the form that posts to the URL, as a browser would send it: a form with an explicit action that lacks
    // its own token must fail here too, not borrow the token of another form on the page.
    private static string? TokenFor(string html, string postUrl)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            if (WebUtility.HtmlDecode(form.Groups[1].Value) == postUrl)
            {
                var own = TokenPattern().Match(form.Value);
                return own.Success ? WebUtility.HtmlDecode(own.Groups[1].Value) : null;
            }
        }

        var any = TokenPattern().Match(html);
        return any.Success ? WebUtility.HtmlDecode(any.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<form[^>]*\\saction=\"([^\"]*)\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();
}
