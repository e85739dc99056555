using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Features.Search.Public;

/// <summary>
/// Text cut into parts as HTML: every part encoded, the query text inside &lt;mark&gt;. Built without any white space
/// between the parts, which in Chinese text would show as gaps.
/// </summary>
internal static class Highlight
{
    public static IHtmlContent Html(IReadOnlyList<TextPart> parts, string fallback = "")
    {
        var html = new HtmlContentBuilder();
        if (parts.Count == 0)
        {
            return html.Append(fallback);
        }

        foreach (var part in parts)
        {
            if (part.IsMatch)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
