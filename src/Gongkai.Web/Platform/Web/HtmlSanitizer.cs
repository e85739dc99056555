using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.Web.Platform.Web;

/// <summary>
/// Rich text from staff keeps only an allow-list of elements and attributes; scripts, styles, event handlers and
/// javascript: links are dropped, and unknown elements are unwrapped so their text stays.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly HashSet<string> Elements =
    [
        "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "hr", "span", "div", "pre", "code",
    ];

    private static readonly HashSet<string> Dropped = ["script", "style", "iframe", "object", "embed", "form", "input", "button", "textarea", "select", "link", "meta", "base", "svg", "math", "template", "noscript"];

    private static readonly Dictionary<string, HashSet<string>> Attributes = new()
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title", "width", "height"],
        ["td"] = ["colspan", "rowspan"],
        ["th"] = ["colspan", "rowspan", "scope"],
    };

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var body = document.Body!;
        var nodes = parser.ParseFragment(html, body);
        foreach (var node in nodes.ToList())
        {
            body.AppendChild(node);
        }

        Clean(body);
        return body.InnerHtml.Trim();
    }

    private static void Clean(INode parent)
    {
        foreach (var child in parent.ChildNodes.ToList())
        {
            switch (child)
            {
                case IElement element:
                    var name = element.LocalName;
                    if (Dropped.Contains(name))
                    {
                        element.Remove();
                        continue;
                    }

                    Clean(element);
                    if (!Elements.Contains(name))
                    {
                        foreach (var grandChild in element.ChildNodes.ToList())
                        {
                            parent.InsertBefore(grandChild, element);
                        }

                        element.Remove();
                        continue;
                    }

                    KeepAllowedAttributes(element);
                    break;
                case IComment:
                    child.RemoveFromParent();
                    break;
            }
        }
    }

    private static void KeepAllowedAttributes(IElement element)
    {
        var allowed = Attributes.GetValueOrDefault(element.LocalName) ?? [];
        foreach (var attribute in element.Attributes.ToList())
        {
            if (!allowed.Contains(attribute.LocalName) || ((attribute.LocalName is "href" or "src") && !IsSafeUrl(attribute.Value)))
            {
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        if (element.LocalName == "a" && element.HasAttribute("href") && !element.GetAttribute("href")!.StartsWith('/'))
        {
            element.SetAttribute("rel", "noopener noreferrer");
        }
    }

    private static bool IsSafeUrl(string value)
    {
        var url = value.Trim();
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        return url.StartsWith('/') || url.StartsWith('#')
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }
}
