using Gongkai.Web.Features.Publications;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>One comment from the public on a draft: shown only once approved, never with the commenter's contact.</summary>
public sealed class ConsultationComment
{
    public const int MaxText = 2000;
    public const int MaxName = 50;
    public const int MaxContact = 100;
    public const int MaxReason = 1000;

    private ConsultationComment()
    {
    }

    internal ConsultationComment(Guid consultationId, string article, string text, string name, string contact, DateTime submittedAt, bool moderated)
    {
        Id = Guid.NewGuid();
        ConsultationId = consultationId;
        Article = article;
        Text = text;
        CommenterName = name;
        Contact = contact;
        SubmittedAt = submittedAt;
        Status = moderated ? CommentStatus.Pending : CommentStatus.Approved;
    }

    public Guid Id { get; private set; }
    public Guid ConsultationId { get; private set; }

    /// <summary>The article commented on (第三条), or empty for the draft as a whole.</summary>
    public string Article { get; private set; } = "";

    public string Text { get; private set; } = "";

    [PersonalData]
    public string CommenterName { get; private set; } = "";

    /// <summary>A phone number or an email address, for staff only.</summary>
    [PersonalData]
    public string Contact { get; private set; } = "";

    public DateTime SubmittedAt { get; private set; }
    public CommentStatus Status { get; private set; }
    public string RefusalReason { get; private set; } = "";
    public string ModeratedBy { get; private set; } = "";
    public DateTime? ModeratedAt { get; private set; }
    public CommentAnswer? Answer { get; private set; }
    public string AnswerReason { get; private set; } = "";
    public string AnsweredBy { get; private set; } = "";

    public void Approve(StaffActor actor, DateTime now, ConsultationPhase phase)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Status = CommentWorkflow.Find(Status, CommentAction.Approve, phase).To;
        ModeratedBy = actor.Name;
        ModeratedAt = now;
    }

    public void Refuse(string reason, StaffActor actor, DateTime now, ConsultationPhase phase)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var note = (reason ?? "").Trim();
        if (note.Length == 0)
        {
            throw new DomainException("请填写不予公开的理由。");
        }

        if (note.Length > MaxReason)
        {
            throw new DomainException($"理由不能超过{MaxReason}字。");
        }

        Status = CommentWorkflow.Find(Status, CommentAction.Refuse, phase).To;
        RefusalReason = note;
        ModeratedBy = actor.Name;
        ModeratedAt = now;
    }

    /// <summary>A comment not adopted in full says why (the report gives the reasons).</summary>
    public void AnswerWith(CommentAnswer answer, string reason, StaffActor actor, ConsultationPhase phase)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var note = (reason ?? "").Trim();
        if (!Enum.IsDefined(answer))
        {
            throw new DomainException("请选择采纳情况。");
        }

        if (answer != CommentAnswer.Adopted && note.Length == 0)
        {
            throw new DomainException($"“{answer.ToChinese()}”须说明理由。");
        }

        if (note.Length > MaxReason)
        {
            throw new DomainException($"理由不能超过{MaxReason}字。");
        }

        Status = CommentWorkflow.Find(Status, CommentAction.Answer, phase).To;
        Answer = answer;
        AnswerReason = note;
        AnsweredBy = actor.Name;
    }
}
