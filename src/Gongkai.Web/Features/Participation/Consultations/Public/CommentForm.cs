namespace Gongkai.Web.Features.Participation.Consultations.Public;

/// <summary>The public comment form as typed, kept on error.</summary>
public sealed class CommentForm
{
    public const string TextField = "Text";
    public const string Honeypot = "website";

    public string? Article { get; set; }
    public string? Text { get; set; }
    public string? Name { get; set; }
    public string? Contact { get; set; }

    public CheckedComment Check(IReadOnlyList<DraftArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var article = (Article ?? "").Trim();
        if (article.Length > 0 && articles.All(a => a.Label != article))
        {
            errors[nameof(Article)] = "请从列表中选择条款，或选择“整体意见”。";
        }

        // Line breaks count once, whichever way the browser sent them.
        var text = (Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            errors[TextField] = "请填写意见内容。";
        }
        else if (text.Length > ConsultationComment.MaxText)
        {
            errors[TextField] = $"意见内容不能超过{ConsultationComment.MaxText}字（现为{text.Length}字）。";
        }

        var name = (Name ?? "").Trim();
        if (name.Length > ConsultationComment.MaxName)
        {
            errors[nameof(Name)] = $"姓名不能超过{ConsultationComment.MaxName}字。";
        }

        var contact = (Contact ?? "").Trim();
        if (contact.Length > ConsultationComment.MaxContact)
        {
            errors[nameof(Contact)] = $"联系方式不能超过{ConsultationComment.MaxContact}字。";
        }

        return new CheckedComment(article, text, name, contact, errors);
    }
}

/// <summary>A comment as checked: the values to keep, or the errors by field.</summary>
public sealed record CheckedComment(string Article, string Text, string Name, string Contact, IReadOnlyDictionary<string, string> Errors);
