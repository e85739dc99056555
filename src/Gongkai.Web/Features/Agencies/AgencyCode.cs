using System.Text.RegularExpressions;

namespace Gongkai.Web.Features.Agencies;

/// <summary>The code an agency is addressed by in URLs: /{code}/.</summary>
public static partial class AgencyCode
{
    // Codes that would shadow the platform's own top-level routes.
    private static readonly HashSet<string> Reserved =
        ["admin", "api", "account", "calendar", "healthz", "error", "lib", "css", "js", "img", "search", "platform", "openapi", "preferences", "sitemap"];

    public static string Normalize(string code)
    {
        var value = (code ?? "").Trim().ToLowerInvariant();
        if (!Pattern().IsMatch(value))
        {
            throw new DomainException("机关代码只能由2至32位小写字母、数字或连字符组成，且以字母开头。");
        }

        return Reserved.Contains(value)
            ? throw new DomainException($"“{value}”是系统保留字，不能用作机关代码。")
            : value;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex Pattern();
}
