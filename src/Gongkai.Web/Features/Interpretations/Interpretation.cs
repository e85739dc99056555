using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>
/// 政策解读: material explaining one or more documents of the same agency. 谁起草、谁解读: drafted with the document,
/// reviewed by the office and published by the disclosure office with the document or within 3 working days of it.
/// </summary>
public sealed class Interpretation
{
    public const int MaxTitle = 200;
    public const int MaxQuestion = 500;
    public const int MaxAnswer = 4000;
    public const int MaxMediaUrl = 500;

    private readonly List<InterpretationHistoryEntry> history = [];
    private readonly List<InterpretationQuestion> questions = [];
    private readonly List<InterpretedDocument> documents = [];

    private Interpretation()
    {
    }

    public Interpretation(Guid id, Guid agencyId, StaffActor drafter, InterpretationContent content, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(drafter);
        ArgumentNullException.ThrowIfNull(content);
        if (!drafter.Holds(Platform.Auth.StaffRole.Drafter))
        {
            throw new DomainException("只有起草人可以起草政策解读。");
        }

        Id = id;
        AgencyId = agencyId;
        DrafterId = drafter.Id ?? Guid.Empty;
        DrafterName = drafter.Name;
        Status = InterpretationStatus.Draft;
        CreatedAt = now;
        Apply(content);
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid DrafterId { get; private set; }
    public string DrafterName { get; private set; } = "";
    public InterpretationStatus Status { get; private set; }
    public string Title { get; private set; } = "";
    public InterpretationForm Form { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public string? MediaUrl { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public string WithdrawnReason { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<InterpretationHistoryEntry> History => history;
    public IReadOnlyList<InterpretationQuestion> Questions => questions;
    public IReadOnlyList<InterpretedDocument> Documents => documents;

    /// <summary>A draft (new, or returned with a note) is changed by its drafter; once submitted it must be returned first.</summary>
    public void Edit(StaffActor actor, InterpretationContent content, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(content);
        if (Status != InterpretationStatus.Draft)
        {
            throw new DomainException("只有草稿可以修改；已提交的解读请先退回。");
        }

        if (!actor.Holds(Platform.Auth.StaffRole.Drafter))
        {
            throw new DomainException("只有起草人可以修改政策解读。");
        }

        Apply(content);
        UpdatedAt = now;
    }

    public void Submit(StaffActor actor, DateTime now) => Move(InterpretationAction.Submit, actor, "", now);

    public void Return(StaffActor actor, string note, DateTime now) =>
        Move(InterpretationAction.Return, actor, Required(note, "请填写退回意见，说明需要修改的内容。"), now);

    public void PassOfficeReview(StaffActor actor, string note, DateTime now) =>
        Move(InterpretationAction.PassOfficeReview, actor, note?.Trim() ?? "", now);

    public void PassConfidentialityReview(StaffActor actor, string note, DateTime now) =>
        Move(InterpretationAction.PassConfidentialityReview, actor, note?.Trim() ?? "", now);

    /// <summary>国办发〔2016〕19号: the interpretation goes out with the document or after it, never before.</summary>
    public void Publish(StaffActor actor, bool anyDocumentPublished, DateOnly today, DateTime now)
    {
        if (!anyDocumentPublished)
        {
            throw new DomainException("政策解读须在所解读的文件发布后或同时发布：所解读的文件尚未发布。");
        }

        Move(InterpretationAction.Publish, actor, "", now);
        PublishedAt = now;
        PublishedOn = today;
    }

    public void Withdraw(StaffActor actor, string reason, DateTime now)
    {
        var why = Required(reason, "请填写撤回原因。");
        Move(InterpretationAction.Withdraw, actor, why, now);
        WithdrawnReason = why;
    }

    private void Move(InterpretationAction action, StaffActor actor, string note, DateTime now)
    {
        var transition = InterpretationWorkflow.Find(Status, action);
        if (!actor.Holds(transition.Role))
        {
            throw new DomainException($"“{action.ToChinese()}”需要{Platform.Auth.StaffRole.ToChinese(transition.Role)}角色。");
        }

        history.Add(new InterpretationHistoryEntry(Id, now, actor, action, Status, transition.To, note));
        Status = transition.To;
        UpdatedAt = now;
    }

    private void Apply(InterpretationContent content)
    {
        Title = Required(content.Title, "请填写解读标题。");
        if (Title.Length > MaxTitle)
        {
            throw new DomainException($"解读标题不能超过{MaxTitle}个字。");
        }

        if (!Enum.IsDefined(content.Form))
        {
            throw new DomainException("请选择解读形式。");
        }

        if (content.DocumentIds.Count == 0)
        {
            throw new DomainException("请至少关联一份所解读的文件。");
        }

        var media = content.MediaUrl?.Trim() ?? "";
        if (media.Length > 0 && (media.Length > MaxMediaUrl
            || !Uri.TryCreate(media, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new DomainException("音视频或访谈地址应为以 http:// 或 https:// 开头的网址。");
        }

        if (content.Form.HasMedia() && media.Length == 0 && content.BodyHtml.Trim().Length == 0)
        {
            throw new DomainException("音视频、在线访谈须填写节目地址或文字实录。");
        }

        if (content.Form == InterpretationForm.QuestionsAndAnswers && content.Questions.Count == 0)
        {
            throw new DomainException("政策问答至少需要一组问题和回答。");
        }

        if (content.Form != InterpretationForm.QuestionsAndAnswers && !content.Form.HasMedia() && content.BodyHtml.Trim().Length == 0)
        {
            throw new DomainException("请填写解读正文。");
        }

        Form = content.Form;
        BodyHtml = content.BodyHtml;
        MediaUrl = media.Length == 0 ? null : media;
        questions.Clear();
        var order = 0;
        foreach (var pair in content.Questions)
        {
            var question = pair.Question.Trim();
            var answer = pair.Answer.Trim();
            if (question.Length == 0 || answer.Length == 0)
            {
                throw new DomainException($"第{order + 1}组问答须同时填写问题和回答。");
            }

            if (question.Length > MaxQuestion || answer.Length > MaxAnswer)
            {
                throw new DomainException($"问题不能超过{MaxQuestion}个字，回答不能超过{MaxAnswer}个字。");
            }

            questions.Add(new InterpretationQuestion(Id, order++, question, answer));
        }

        // Links are keyed by (interpretation, document): keep the ones that stay rather than delete and re-add the same key.
        var wanted = content.DocumentIds.Distinct().ToList();
        documents.RemoveAll(d => !wanted.Contains(d.DocumentId));
        documents.AddRange(wanted.Where(id => documents.All(d => d.DocumentId != id)).Select(id => new InterpretedDocument(Id, id)));
    }

    private static string Required(string? value, string message)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? throw new DomainException(message) : trimmed;
    }
}
