using System.Text.RegularExpressions;
using Gongkai.Web.Platform.Search;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// The articles of a draft, read from its text: a line that starts with 第…条 begins an article, and the lines after it
/// belong to it until the next. A draft without such lines is commented on as a whole.
/// </summary>
public static partial class ConsultationArticles
{
    public static IReadOnlyList<DraftArticle> Split(string? bodyHtml)
    {
        var articles = new List<DraftArticle>();
        foreach (var line in PlainLines(bodyHtml))
        {
            var label = ArticleStart().Match(line);
            if (label.Success && articles.All(a => a.Label != label.Value))
            {
                articles.Add(new DraftArticle(label.Value, line));
            }
            else if (articles.Count > 0 && !label.Success)
            {
                articles[^1] = articles[^1] with { Text = articles[^1].Text + "\n" + line };
            }
        }

        return articles;
    }

    // The same text the search index reads: a line break where a block ends, entities decoded.
    private static IEnumerable<string> PlainLines(string? html) =>
        PlainText.FromHtml(html ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    [GeneratedRegex("^第[一二三四五六七八九十百零〇0-9]+条")]
    private static partial Regex ArticleStart();
}

/// <summary>One article of a draft: its label (第三条) and its text.</summary>
public sealed record DraftArticle(string Label, string Text);
