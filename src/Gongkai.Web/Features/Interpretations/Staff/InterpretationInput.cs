namespace Gongkai.Web.Features.Interpretations.Staff;

/// <summary>The new-interpretation form as posted; kept as typed so the page can show it again beside the errors.</summary>
public sealed class InterpretationInput
{
    /// <summary>Rows of question and answer the page offers without JavaScript.</summary>
    public const int QuestionRows = 10;

    public string? Title { get; set; }

    /// <summary>An <see cref="InterpretationForm"/> name.</summary>
    public string? Form { get; set; }

    public string? BodyHtml { get; set; }
    public string? MediaUrl { get; set; }

    /// <summary>Ids of the agency's documents chosen from the list.</summary>
    public List<string> DocumentIds { get; set; } = [];

    /// <summary>Index numbers typed by hand, separated by spaces, commas or new lines.</summary>
    public string? IndexNumbers { get; set; }

    public List<string?> Questions { get; set; } = [];
    public List<string?> Answers { get; set; } = [];

    /// <summary>The saved draft as the form shows it for editing.</summary>
    public static InterpretationInput From(Interpretation interpretation)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        var pairs = interpretation.Questions.OrderBy(q => q.SortOrder).ToList();
        return new InterpretationInput
        {
            Title = interpretation.Title,
            Form = interpretation.Form.ToString(),
            BodyHtml = interpretation.BodyHtml,
            MediaUrl = interpretation.MediaUrl,
            DocumentIds = [.. interpretation.Documents.Select(d => d.DocumentId.ToString())],
            Questions = [.. pairs.Select(q => (string?)q.Question)],
            Answers = [.. pairs.Select(q => (string?)q.Answer)],
        };
    }

    public string QuestionAt(int row) => row < Questions.Count ? Questions[row] ?? "" : "";

    public string AnswerAt(int row) => row < Answers.Count ? Answers[row] ?? "" : "";

    public bool Chose(Guid documentId) => DocumentIds.Contains(documentId.ToString(), StringComparer.OrdinalIgnoreCase);
}
