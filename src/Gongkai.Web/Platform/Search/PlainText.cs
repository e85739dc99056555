using System.Net;
using System.Text;

namespace Gongkai.Web.Platform.Search;

/// <summary>
/// The text of sanitized HTML, for indexing and snippets: tags dropped, entities decoded, and a line break where a
/// block ends, so that two paragraphs never run together into words that neither contains.
/// </summary>
public static class PlainText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "thead", "tbody", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "section", "article", "pre", "hr", "dd", "dt", "dl", "caption", "figure", "figcaption",
    };

    public static string FromHtml(string html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                var end = next < 0 ? html.Length : next;
                text.Append(WebUtility.HtmlDecode(html[i..end]));
                i = end;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                break;
            }

            if (BlockTags.Contains(TagName(html, i + 1, close)))
            {
                text.Append('\n');
            }

            i = close + 1;
        }

        return text.ToString().Trim();
    }

    private static string TagName(string html, int start, int end)
    {
        var s = start;
        if (s < end && html[s] == '/')
        {
            s++;
        }

        var e = s;
        while (e < end && char.IsAsciiLetterOrDigit(html[e]))
        {
            e++;
        }

        return html[s..e];
    }
}
