using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;

namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// 征求意见: a draft put out for public comment for a period, then the report of which comments were adopted
/// (seed 001 (四) and seed 003 二(四): 公开征求意见，并反馈意见采纳情况).
/// </summary>
public sealed class Consultation
{
    public const int MaxAttachments = 20;

    private readonly List<ConsultationHistoryEntry> history = [];
    private readonly List<ConsultationAttachment> attachments = [];

    private Consultation()
    {
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public string ContactDepartment { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public ConsultationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public DateTime? ReportPublishedAt { get; private set; }

    /// <summary>The overall explanation that heads the adoption report.</summary>
    public string ReportSummary { get; private set; } = "";

    public IReadOnlyList<ConsultationHistoryEntry> History => history;

    /// <summary>The draft's files, in the order they were added.</summary>
    public IReadOnlyList<ConsultationAttachment> Attachments => attachments;

    public static Consultation Create(Guid agencyId, ConsultationDraft draft, int minimumDays, StaffActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (!ConsultationWorkflow.MayDraft(actor.Roles))
        {
            throw new DomainException("起草征求意见稿须由起草人员或政务公开办人员办理。");
        }

        var consultation = new Consultation { Id = Guid.NewGuid(), AgencyId = agencyId, Status = ConsultationStatus.Draft, CreatedAt = now };
        consultation.Apply(draft, minimumDays);
        consultation.history.Add(new ConsultationHistoryEntry(consultation.Id, now, actor, ConsultationAction.Create, null, ConsultationStatus.Draft, draft.Title));
        return consultation;
    }

    public ConsultationPhase PhaseOn(DateOnly today) => ConsultationPeriod.PhaseOn(Status, OpensOn, ClosesOn, today);

    public void Edit(ConsultationDraft draft, int minimumDays, StaffActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Move(ConsultationAction.Edit, actor, now, "", () => Apply(draft, minimumDays));
    }

    /// <summary>Puts the draft out for comment; the period is checked again, as the minimum may have changed.</summary>
    public void Open(int minimumDays, StaffActor actor, DateTime now, DateOnly today)
    {
        Move(ConsultationAction.Open, actor, now, $"征求意见期限：{OpensOn:yyyy-MM-dd}至{ClosesOn:yyyy-MM-dd}", () =>
        {
            if (ClosesOn < today)
            {
                throw new DomainException("截止日期已过，请先修改征求意见期限。");
            }

            if (ConsultationPeriod.Problem(OpensOn, ClosesOn, minimumDays) is { } problem)
            {
                throw new DomainException(problem);
            }

            OpenedAt = now;
        });
    }

    /// <summary>After the period, once every approved comment has its answer (意见采纳情况).</summary>
    public void PublishReport(string summary, IReadOnlyCollection<ConsultationComment> comments, StaffActor actor, DateTime now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var text = (summary ?? "").Trim();
        Move(ConsultationAction.PublishReport, actor, now, "", () =>
        {
            if (PhaseOn(today) != ConsultationPhase.Closed)
            {
                throw new DomainException($"征求意见{ClosesOn:yyyy年M月d日}截止后才能公布意见采纳情况。");
            }

            if (comments.Any(c => c.Status == CommentStatus.Pending))
            {
                throw new DomainException($"还有{comments.Count(c => c.Status == CommentStatus.Pending)}条意见未审核，请先审核。");
            }

            var unanswered = comments.Count(c => c.Status == CommentStatus.Approved && c.Answer is null);
            if (unanswered > 0)
            {
                throw new DomainException($"还有{unanswered}条意见未答复采纳情况，全部答复后才能公布。");
            }

            if (text.Length > 4000)
            {
                throw new DomainException("采纳情况说明不能超过4000字。");
            }

            ReportSummary = text;
            ReportPublishedAt = now;
        });
    }

    /// <summary>Adds a stored file to the draft; the history names the file.</summary>
    public ConsultationAttachment Attach(StoredFile file, StaffActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actor);
        ConsultationAttachment? added = null;
        Move(ConsultationAction.Attach, actor, now, file.FileName, () =>
        {
            if (attachments.Count >= MaxAttachments)
            {
                throw new DomainException($"每项征求意见最多{MaxAttachments}个附件，请先删除不再需要的附件。");
            }

            added = new ConsultationAttachment(Id, file, now, actor.Name, attachments.Count == 0 ? 0 : attachments.Max(a => a.SortOrder) + 1);
            attachments.Add(added);
        });
        return added!;
    }

    /// <summary>Takes a file out of the draft and returns it, so the caller deletes its bytes once the change is saved.</summary>
    public ConsultationAttachment RemoveAttachment(Guid attachmentId, StaffActor actor, DateTime now)
    {
        var attachment = attachments.SingleOrDefault(a => a.Id == attachmentId) ?? throw new DomainException("找不到这个附件。");
        Move(ConsultationAction.RemoveAttachment, actor, now, attachment.FileName, () => attachments.Remove(attachment));
        return attachment;
    }

    private void Move(ConsultationAction action, StaffActor actor, DateTime now, string note, Action change)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var move = ConsultationWorkflow.Find(Status, action, actor.Roles);
        change();
        history.Add(new ConsultationHistoryEntry(Id, now, actor, action, Status, move.To, note));
        Status = move.To;
    }

    private void Apply(ConsultationDraft draft, int minimumDays)
    {
        if (ConsultationPeriod.Problem(draft.OpensOn, draft.ClosesOn, minimumDays) is { } problem)
        {
            throw new DomainException(problem);
        }

        Title = draft.Title;
        Summary = draft.Summary;
        BodyHtml = draft.BodyHtml;
        OpensOn = draft.OpensOn;
        ClosesOn = draft.ClosesOn;
        ContactDepartment = draft.ContactDepartment;
        ContactPhone = draft.ContactPhone;
        ContactEmail = draft.ContactEmail;
    }
}
