using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>
/// 领导信箱 / 在线咨询: one message from a citizen, from receipt to its answer. State changes only through the named
/// methods below; each checks <see cref="MessageWorkflow"/> and appends history.
/// </summary>
public sealed class Message
{
    public const int MaxSubject = 100;
    public const int MaxBody = 2000;
    public const int MaxAnswer = 4000;

    private readonly List<MessageHistoryEntry> history = [];

    private Message()
    {
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public string Number { get; private set; } = "";
    [PersonalData]
    public string QueryCodeHash { get; private set; } = "";
    public MessageBox Box { get; private set; }
    public MessageCategory Category { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    [PersonalData]
    public string WriterName { get; private set; } = "";
    [PersonalData]
    public string Phone { get; private set; } = "";
    [PersonalData]
    public string Email { get; private set; } = "";

    /// <summary>不公开: the writer asked that the message and its answer stay off the public list.</summary>
    public bool KeepPrivate { get; private set; }

    public MessageStatus Status { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly DueOn { get; private set; }

    /// <summary>The agency's answer period when the message arrived; a later change of the setting does not move it.</summary>
    public int AnswerWorkingDays { get; private set; }

    /// <summary>Counted past the last loaded calendar year, on weekends alone.</summary>
    public bool DueOnProvisional { get; private set; }

    public Guid? DepartmentId { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public Guid? HandlerId { get; private set; }
    public string HandlerName { get; private set; } = "";

    public string Answer { get; private set; } = "";
    public string AnsweredBy { get; private set; } = "";
    public DateOnly? AnsweredOn { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public string RejectReason { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<MessageHistoryEntry> History => history;

    /// <summary>A message written on the public form; it counts as received on the day it arrives (Beijing time).</summary>
    public static Message Write(
        Guid id, Guid agencyId, string number, string queryCodeHash, MessageDetails details, DateOnly receivedOn, int answerWorkingDays,
        WorkingDayCalendar calendar, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var message = new Message
        {
            Id = id,
            AgencyId = agencyId,
            Number = number,
            QueryCodeHash = queryCodeHash,
            Box = details.Box,
            Category = details.Category,
            Subject = details.Subject,
            Body = details.Body,
            WriterName = details.WriterName,
            Phone = details.Phone,
            Email = details.Email,
            KeepPrivate = details.KeepPrivate,
            Status = MessageStatus.Received,
            SubmittedAt = now,
            ReceivedOn = receivedOn,
            AnswerWorkingDays = answerWorkingDays,
            UpdatedAt = now,
        };
        message.Recompute(calendar);
        var writer = new StaffActor(null, $"来信人 {Masking.Name(details.WriterName)}", new HashSet<string> { MessageWorkflow.Writer });
        message.history.Add(new MessageHistoryEntry(id, now, writer, MessageAction.Write, null, MessageStatus.Received, $"{details.Box.ToChinese()}·{details.Category.ToChinese()}"));
        return message;
    }

    /// <summary>The due date counted again, on a changed calendar (a new year's holidays, a correction).</summary>
    public void Recompute(WorkingDayCalendar calendar) =>
        (DueOn, DueOnProvisional) = MessageDeadline.DueOn(calendar, ReceivedOn, AnswerWorkingDays);

    public void Assign(StaffActor actor, Guid departmentId, string departmentName, Guid handlerId, string handlerName, DateTime now)
    {
        Move(MessageAction.Assign, actor, $"交办：{departmentName} {handlerName}", now);
        DepartmentId = departmentId;
        DepartmentName = departmentName;
        HandlerId = handlerId;
        HandlerName = handlerName;
    }

    public void Reply(StaffActor actor, string answer, DateOnly today, DateTime now)
    {
        var text = Required(answer, "请填写答复内容。");
        if (text.Length > MaxAnswer)
        {
            throw new DomainException($"答复内容不能超过{MaxAnswer}个字。");
        }

        Move(MessageAction.Answer, actor, "", now);
        Answer = text;
        AnsweredBy = actor.Name;
        AnsweredOn = today;
    }

    /// <summary>The question and answer go on the public list, the writer's name masked and no contact shown.</summary>
    public void Publish(StaffActor actor, DateOnly today, DateTime now)
    {
        if (KeepPrivate)
        {
            throw new DomainException("来信人要求不公开，不能公开这条留言及其答复。");
        }

        Move(MessageAction.Publish, actor, "", now);
        PublishedOn = today;
    }

    public void Close(StaffActor actor, DateTime now) => Move(MessageAction.Close, actor, KeepPrivate ? "来信人要求不公开" : "", now);

    /// <summary>Not a valid message (spam, abuse, a test): kept with the reason, never counted or answered.</summary>
    public void Reject(StaffActor actor, string reason, DateTime now)
    {
        var why = Required(reason, "请填写不予受理的原因。");
        RejectReason = Move(MessageAction.Reject, actor, why.Length > 1000 ? why[..1000] : why, now);
    }

    private string Move(MessageAction action, StaffActor actor, string note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var transition = MessageWorkflow.Find(Status, action, actor.Roles);
        // A handler answers the messages assigned to them; the disclosure office any message of its agency.
        if (transition.Role == StaffRole.Handler && !actor.Holds(StaffRole.DisclosureOfficer) && actor.Id != HandlerId)
        {
            throw new DomainException($"这条留言未交办给您，不能“{action.ToChinese()}”。");
        }

        history.Add(new MessageHistoryEntry(Id, now, actor, action, Status, transition.To, note));
        Status = transition.To;
        UpdatedAt = now;
        return note;
    }

    private static string Required(string? text, string message)
    {
        var value = (text ?? "").Trim();
        return value.Length > 0 ? value : throw new DomainException(message);
    }
}
