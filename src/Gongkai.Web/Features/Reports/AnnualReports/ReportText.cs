using Gongkai.Web.Platform.Web;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>The narrative of a report as staff typed it, sanitized: sections 一、五、六 and the lines before tables 二三四.</summary>
public sealed record ReportText(string Overview, string ProactiveIntro, string ApplicationsIntro, string ChallengesIntro, string Problems, string Other)
{
    public static ReportText Sanitized(string? overview, string? proactiveIntro, string? applicationsIntro, string? challengesIntro, string? problems, string? other) =>
        new(Html(overview), Plain(proactiveIntro), Plain(applicationsIntro), Plain(challengesIntro), Html(problems), Html(other));

    private static string Html(string? text)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
        {
            return "";
        }

        // Plain paragraphs typed without markup become <p> paragraphs, so a textarea without an editor works too.
        if (!value.Contains('<', StringComparison.Ordinal))
        {
            value = string.Concat(value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
                .Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>"));
        }

        return HtmlSanitizer.Sanitize(value);
    }

    private static string Plain(string? text) => (text ?? "").Trim();
}
