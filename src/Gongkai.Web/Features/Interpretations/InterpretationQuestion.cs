namespace Gongkai.Web.Features.Interpretations;

/// <summary>One question and its answer of a 政策问答, in the order the drafter wrote them.</summary>
public sealed class InterpretationQuestion
{
    private InterpretationQuestion()
    {
    }

    internal InterpretationQuestion(Guid interpretationId, int sortOrder, string question, string answer)
    {
        Id = Guid.NewGuid();
        InterpretationId = interpretationId;
        SortOrder = sortOrder;
        Question = question;
        Answer = answer;
    }

    public Guid Id { get; private set; }
    public Guid InterpretationId { get; private set; }
    public int SortOrder { get; private set; }
    public string Question { get; private set; } = "";
    public string Answer { get; private set; } = "";
}
