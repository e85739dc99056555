namespace Gongkai.Web.Features.Publications;

/// <summary>
/// 政府信息: a document of one agency, from draft through review to publication or the register.
/// State changes only through the named methods below; each checks <see cref="DocumentWorkflow"/> and appends history.
/// </summary>
public sealed class Document
{
    private readonly List<DocumentHistoryEntry> history = [];

    private Document()
    {
    }

    public Document(Guid id, Guid agencyId, Guid drafterId, DocumentContent content, AttributeDecision decision, DateOnly publicationDueOn, DateTime now)
    {
        Id = id;
        AgencyId = agencyId;
        DrafterId = drafterId;
        CreatedAt = now;
        Status = DocumentStatus.Draft;
        Version = 1;
        Apply(content);
        Decide(decision);
        PublicationDueOn = publicationDueOn;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid DrafterId { get; private set; }
    public DocumentStatus Status { get; private set; }
    public int Version { get; private set; }

    public string Title { get; private set; } = "";
    public string? DocumentNumber { get; private set; }
    public string? IssuerCode { get; private set; }
    public int? NumberYear { get; private set; }
    public int? NumberSerial { get; private set; }
    public string CoIssuers { get; private set; } = "";
    public DateOnly WrittenOn { get; private set; }
    public string TopicCode { get; private set; } = "";
    public string Genre { get; private set; } = "";
    public Guid CategoryId { get; private set; }
    public string Summary { get; private set; } = "";
    public string Keywords { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public bool NeedsInterpretation { get; private set; }

    public DisclosureAttribute Attribute { get; private set; }
    public string AttributeReason { get; private set; } = "";
    public string AttributeGround { get; private set; } = "";

    public bool IsNormative { get; private set; }
    public DateOnly? EffectiveOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public Validity Validity { get; private set; }
    public Guid? ReplacedById { get; private set; }

    public string? IndexNumber { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public DateTime? ScheduledAt { get; private set; }

    /// <summary>条例第二十六条: a proactive document is published within 20 working days of being formed.</summary>
    public DateOnly PublicationDueOn { get; private set; }

    public Guid? ConfidentialityReviewerId { get; private set; }
    public string ConfidentialityReviewerName { get; private set; } = "";
    public DateOnly? ReviewDueOn { get; private set; }
    public string WithdrawnReason { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<DocumentHistoryEntry> History => history;

    /// <summary>Public means published and not withdrawn: the only state any public page, feed or API may show.</summary>
    public bool IsPublic => Status == DocumentStatus.Published;

    public void Edit(DocumentContent content, AttributeDecision decision, DateOnly publicationDueOn, StaffActor actor, DateTime now)
    {
        if (Status != DocumentStatus.Draft)
        {
            throw new DomainException("只有草稿可以修改；已提交的文件请先退回。");
        }

        if (actor.Id != DrafterId && !actor.Holds(Platform.Auth.StaffRole.Drafter))
        {
            throw new DomainException("只有起草人可以修改草稿。");
        }

        Apply(content);
        Decide(decision);
        PublicationDueOn = publicationDueOn;
        UpdatedAt = now;
    }

    public void Submit(StaffActor actor, DateTime now)
    {
        CheckAttributeJustified();
        Move(DocumentAction.Submit, actor, "", now);
    }

    /// <summary>The office or the confidentiality reviewer sends the draft back with what is missing.</summary>
    public void Return(StaffActor actor, string note, DateTime now) =>
        Move(DocumentAction.Return, actor, Required(note, "请填写退回意见，说明需要修改的内容。"), now);

    public void PassOfficeReview(StaffActor actor, string note, DateTime now)
    {
        CheckAttributeJustified();
        Move(DocumentAction.PassOfficeReview, actor, note?.Trim() ?? "", now);
    }

    /// <summary>谁审查谁负责: the reviewer is named on the document.</summary>
    public void PassConfidentialityReview(StaffActor actor, string note, DateTime now)
    {
        Move(DocumentAction.PassConfidentialityReview, actor, note?.Trim() ?? "", now);
        ConfidentialityReviewerId = actor.Id;
        ConfidentialityReviewerName = actor.Name;
    }

    public void Publish(StaffActor actor, string indexNumber, DateOnly today, DateTime now)
    {
        CheckProactive();
        Move(DocumentAction.Publish, actor, "", now);
        MarkPublished(indexNumber, today, now);
    }

    public void Schedule(StaffActor actor, DateTime at, DateTime now)
    {
        CheckProactive();
        if (at <= now)
        {
            throw new DomainException("定时发布的时间必须晚于当前时间。");
        }

        Move(DocumentAction.Schedule, actor, $"定于{at:yyyy-MM-dd HH:mm}（UTC）发布", now);
        ScheduledAt = at;
    }

    public void PublishScheduled(string indexNumber, DateOnly today, DateTime now)
    {
        if (ScheduledAt is null || ScheduledAt > now)
        {
            throw new DomainException("尚未到定时发布的时间。");
        }

        Move(DocumentAction.PublishScheduled, StaffActor.Scheduler, "", now);
        MarkPublished(indexNumber, today, now);
    }

    /// <summary>依申请公开 and 不予公开 documents are kept in the register with their reasons, never public.</summary>
    public void Register(StaffActor actor, DateOnly reviewDueOn, DateTime now)
    {
        if (Attribute == DisclosureAttribute.Proactive)
        {
            throw new DomainException("主动公开的文件应发布，不能登记备查。");
        }

        Move(DocumentAction.Register, actor, $"{Attribute.ToChinese()}：{AttributeReason}", now);
        ReviewDueOn = reviewDueOn;
    }

    public void Withdraw(StaffActor actor, string reason, DateTime now)
    {
        var why = Required(reason, "请填写撤回原因。");
        Move(DocumentAction.Withdraw, actor, why, now);
        WithdrawnReason = why;
    }

    /// <summary>A correction keeps the index number and the earlier text as a version.</summary>
    public DocumentVersion Correct(StaffActor actor, string title, string summary, string bodyHtml, string reason, DateTime now)
    {
        var why = Required(reason, "请填写更正原因。");
        Move(DocumentAction.Correct, actor, why, now);
        var previous = new DocumentVersion(Id, Version, Title, Summary, BodyHtml, now, why);
        Title = Required(title, "请填写标题。");
        Summary = summary?.Trim() ?? "";
        BodyHtml = bodyHtml ?? "";
        Version++;
        return previous;
    }

    /// <summary>定期审查: the reviewer keeps a withheld document with a fresh reason.</summary>
    public void KeepOnReview(StaffActor actor, string reason, DateOnly nextReviewOn, DateTime now)
    {
        var why = Required(reason, "请填写继续不予主动公开的理由。");
        Move(DocumentAction.KeepOnReview, actor, why, now);
        AttributeReason = why;
        ReviewDueOn = nextReviewOn;
    }

    /// <summary>定期审查: a document that may now be public goes back through publication.</summary>
    public void ConvertToProactive(StaffActor actor, string note, DateTime now)
    {
        Move(DocumentAction.ConvertToProactive, actor, note?.Trim() ?? "", now);
        Attribute = DisclosureAttribute.Proactive;
        AttributeReason = "";
        AttributeGround = "";
        ReviewDueOn = null;
    }

    /// <summary>The calendar changed (or was loaded for a new year): the 20 working days are counted again.</summary>
    public void RescheduleDeadline(DateOnly publicationDueOn) => PublicationDueOn = publicationDueOn;

    /// <summary>A normative document past its expiry date lapses by itself.</summary>
    public bool ExpireIfDue(DateOnly today)
    {
        if (!IsNormative || Validity != Validity.Valid || ExpiresOn is null || ExpiresOn >= today)
        {
            return false;
        }

        Validity = Validity.Expired;
        return true;
    }

    public void ChangeValidity(StaffActor actor, Validity validity, Guid? replacedById, DateTime now)
    {
        if (!IsNormative || Status != DocumentStatus.Published)
        {
            throw new DomainException("只有已发布的规范性文件才有有效性。");
        }

        if (!actor.Holds(Platform.Auth.StaffRole.DisclosureOfficer))
        {
            throw new DomainException("只有政务公开办可以变更文件的有效性。");
        }

        if (validity is Validity.NotApplicable || (validity is Validity.Repealed or Validity.Amended && replacedById == Id))
        {
            throw new DomainException("有效性或替代文件不正确。");
        }

        history.Add(new DocumentHistoryEntry(Id, now, actor, DocumentAction.Correct, Status, Status, $"有效性：{Validity.ToChinese()} → {validity.ToChinese()}"));
        Validity = validity;
        ReplacedById = validity is Validity.Repealed or Validity.Amended ? replacedById : null;
        UpdatedAt = now;
    }

    private void MarkPublished(string indexNumber, DateOnly today, DateTime now)
    {
        IndexNumber ??= Required(indexNumber, "缺少索引号。");
        PublishedAt = now;
        PublishedOn = today;
        ScheduledAt = null;
        if (IsNormative)
        {
            Validity = Validity.Valid;
            ExpireIfDue(today);
        }
    }

    private void Move(DocumentAction action, StaffActor actor, string note, DateTime now)
    {
        var transition = DocumentWorkflow.Find(Status, action);
        if (!actor.Holds(transition.Role))
        {
            throw new DomainException($"“{action.ToChinese()}”需要{Platform.Auth.StaffRole.ToChinese(transition.Role)}角色。");
        }

        history.Add(new DocumentHistoryEntry(Id, now, actor, action, Status, transition.To, note));
        Status = transition.To;
        UpdatedAt = now;
    }

    private void Apply(DocumentContent content)
    {
        Title = Required(content.Title, "请填写标题。");
        if (Title.Length > 200)
        {
            throw new DomainException("标题不能超过200个字。");
        }

        if (string.IsNullOrWhiteSpace(content.DocumentNumber))
        {
            DocumentNumber = null;
            IssuerCode = null;
            NumberYear = null;
            NumberSerial = null;
        }
        else
        {
            var number = Publications.DocumentNumber.Parse(content.DocumentNumber);
            DocumentNumber = number.ToString();
            IssuerCode = number.IssuerCode;
            NumberYear = number.Year;
            NumberSerial = number.Serial;
        }

        if (!Topics.IsKnown(content.TopicCode))
        {
            throw new DomainException("请选择主题分类。");
        }

        if (!Genres.IsKnown(content.Genre))
        {
            throw new DomainException("请选择公文种类。");
        }

        if (content.EffectiveOn is not null && content.ExpiresOn is not null && content.ExpiresOn < content.EffectiveOn)
        {
            throw new DomainException("废止（有效期截止）日期不能早于实施日期。");
        }

        CoIssuers = content.CoIssuers?.Trim() ?? "";
        WrittenOn = content.WrittenOn;
        TopicCode = content.TopicCode;
        Genre = content.Genre;
        CategoryId = content.CategoryId;
        Summary = content.Summary?.Trim() ?? "";
        Keywords = content.Keywords?.Trim() ?? "";
        BodyHtml = content.BodyHtml ?? "";
        IsNormative = content.IsNormative;
        EffectiveOn = content.IsNormative ? content.EffectiveOn : null;
        ExpiresOn = content.IsNormative ? content.ExpiresOn : null;
        Validity = Validity.NotApplicable;
        NeedsInterpretation = content.NeedsInterpretation;
    }

    private void Decide(AttributeDecision decision)
    {
        if (decision.Attribute == DisclosureAttribute.Proactive && decision.HasNonPublicParts)
        {
            throw new DomainException("主动公开的文件不能含有依申请公开或不予公开的部分；请调整公开属性或拆分文件。");
        }

        if (decision.Attribute != DisclosureAttribute.Proactive && decision.Ground.Length > 0 && !WithholdingGround.IsKnown(decision.Ground))
        {
            throw new DomainException("请选择有效的不予主动公开依据。");
        }

        Attribute = decision.Attribute;
        AttributeReason = decision.Attribute == DisclosureAttribute.Proactive ? "" : decision.Reason?.Trim() ?? "";
        AttributeGround = decision.Attribute == DisclosureAttribute.Proactive ? "" : decision.Ground;
    }

    // 源头认定: anything not proactive needs both a reason and a legal ground before it leaves the drafter.
    private void CheckAttributeJustified()
    {
        if (Attribute != DisclosureAttribute.Proactive && (AttributeReason.Length == 0 || AttributeGround.Length == 0))
        {
            throw new DomainException($"公开属性为“{Attribute.ToChinese()}”时，须填写理由并选择法定依据。");
        }
    }

    private void CheckProactive()
    {
        if (Attribute != DisclosureAttribute.Proactive)
        {
            throw new DomainException("只有主动公开的文件可以发布；其他文件应登记备查。");
        }
    }

    private static string Required(string? value, string message)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? throw new DomainException(message) : trimmed;
    }
}
