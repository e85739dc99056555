using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Applications.Fees;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Features.Applications;

/// <summary>
/// 政府信息公开申请: one case from receipt to archive. State changes only through the named methods below; each checks
/// <see cref="ApplicationWorkflow"/>, appends history and recounts the deadlines on the working-day calendar.
/// </summary>
public sealed class Application
{
    private readonly List<ApplicationHistoryEntry> history = [];
    private readonly List<ApplicationConsultation> consultations = [];

    private Application()
    {
    }

    private Application(Guid id, Guid agencyId, string number, string queryCodeHash, ReceiptChannel channel, ApplicantDetails applicant, RequestDetails request, DateTime now)
    {
        Id = id;
        AgencyId = agencyId;
        Number = number;
        QueryCodeHash = queryCodeHash;
        Channel = channel;
        SetApplicant(applicant);
        SetRequest(request);
        SubmittedAt = now;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public string Number { get; private set; } = "";
    [PersonalData]
    public string QueryCodeHash { get; private set; } = "";
    public ApplicationStatus Status { get; private set; }
    public ReceiptChannel Channel { get; private set; }
    public DateTime SubmittedAt { get; private set; }

    /// <summary>条例第三十一条: the day the application counts as received; null while an online one awaits confirmation.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    public ApplicantKind ApplicantKind { get; private set; }
    [PersonalData]
    public string ApplicantName { get; private set; } = "";
    public IdDocumentType? IdType { get; private set; }
    [PersonalData]
    public string IdNumber { get; private set; } = "";
    [PersonalData]
    public string CreditCode { get; private set; } = "";
    [PersonalData]
    public string LegalRepresentative { get; private set; } = "";
    [PersonalData]
    public string ContactName { get; private set; } = "";
    [PersonalData]
    public string Phone { get; private set; } = "";
    [PersonalData]
    public string Email { get; private set; } = "";
    [PersonalData]
    public string Address { get; private set; } = "";
    [PersonalData]
    public string PostalCode { get; private set; } = "";
    [PersonalData]
    public string ApplicantKey { get; private set; } = "";

    public string Description { get; private set; } = "";
    public string DocumentTitle { get; private set; } = "";
    public string DocumentNumber { get; private set; } = "";
    public DeliveryMethod Delivery { get; private set; }
    public InformationFormat Format { get; private set; }

    /// <summary>An earlier case of the same applicant asking much the same; the officer judges (不予处理 2 or not).</summary>
    public Guid? PossibleRepeatOfId { get; private set; }

    public DateOnly? ClockStartsOn { get; private set; }
    public DateOnly? ReplyDueOn { get; private set; }
    public int? WorkingDaysLeftWhenStopped { get; private set; }
    public int PausedWorkingDays { get; private set; }
    public bool DeadlinesProvisional { get; private set; }

    public DateOnly? SupplementNoticeDueOn { get; private set; }
    public DateOnly? SupplementRequestedOn { get; private set; }
    public int SupplementWorkingDays { get; private set; }
    public DateOnly? SupplementDueOn { get; private set; }
    public string SupplementRequest { get; private set; } = "";
    public DateOnly? SupplementReceivedOn { get; private set; }
    public string SupplementText { get; private set; } = "";

    public Guid? DepartmentId { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public Guid? HandlerId { get; private set; }
    public string HandlerName { get; private set; } = "";

    public int ExtensionDays { get; private set; }
    public string ExtensionReason { get; private set; } = "";
    public DateOnly? ExtendedOn { get; private set; }
    public string ExtensionApprover { get; private set; } = "";
    public DateOnly? ExtendedDueOn { get; private set; }

    public FeeMethod? FeeMethod { get; private set; }
    public int FeeQuantity { get; private set; }
    public decimal FeeAmount { get; private set; }
    public DateOnly? FeeNoticeOn { get; private set; }
    public int PaymentWorkingDays { get; private set; }
    public DateOnly? PaymentDueOn { get; private set; }
    public DateOnly? PaidOn { get; private set; }

    public ApplicationOutcome? Outcome { get; private set; }
    public ReplyType? ReplyType { get; private set; }
    public string DecisionReason { get; private set; } = "";
    public string WithheldParts { get; private set; } = "";
    public string ReplyDetails { get; private set; } = "";
    public DateOnly? DecidedOn { get; private set; }

    public string ReplyNumber { get; private set; } = "";
    public DateOnly? RepliedOn { get; private set; }

    public DeliveryMethod? DeliveredBy { get; private set; }
    public DateOnly? DeliveredOn { get; private set; }
    [PersonalData]
    public string ServiceReceiptSigner { get; private set; } = "";
    public DateOnly? ServiceReceiptSignedOn { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }
    public string ArchiveNote { get; private set; } = "";
    public string DiscardReason { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<ApplicationHistoryEntry> History => history;
    public IReadOnlyList<ApplicationConsultation> Consultations => consultations;

    public ApplicationConsultation? OpenConsultation => consultations.FirstOrDefault(c => c.IsOpen);

    /// <summary>An online application typed by the applicant; it counts as received only when staff confirm it (第三十一条).</summary>
    public static Application Submit(Guid id, Guid agencyId, string number, string queryCodeHash, ApplicantDetails applicant, RequestDetails request, DateTime now)
    {
        var application = new Application(id, agencyId, number, queryCodeHash, ReceiptChannel.Online, applicant, request, now)
        {
            Status = ApplicationStatus.Pending,
        };
        application.history.Add(new ApplicationHistoryEntry(id, now, ApplicantActor(applicant.Name), ApplicationAction.Submit, null, ApplicationStatus.Pending, ""));
        return application;
    }

    /// <summary>An application received in person, by post or by fax, registered by the disclosure office with its receipt date.</summary>
    public static Application Register(
        Guid id, Guid agencyId, string number, string queryCodeHash, ReceiptChannel channel, DateOnly receivedOn,
        ApplicantDetails applicant, RequestDetails request, StaffActor actor, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (channel == ReceiptChannel.Online)
        {
            throw new DomainException("在线申请由申请人在网上提交，经确认后登记。");
        }

        if (!actor.Holds(StaffRole.DisclosureOfficer))
        {
            throw new DomainException("“登记”须由政务公开办办理。");
        }

        CheckNotFuture(receivedOn, today, "收到申请日期");
        var application = new Application(id, agencyId, number, queryCodeHash, channel, applicant, request, now)
        {
            Status = ApplicationStatus.Registered,
            ReceivedOn = receivedOn,
        };
        application.history.Add(new ApplicationHistoryEntry(id, now, actor, ApplicationAction.Register, null, ApplicationStatus.Registered,
            $"{channel.ToChinese()}，收到申请日期 {receivedOn:yyyy-MM-dd}（{channel.ReceiptRule()}）"));
        application.Recompute(calendar);
        return application;
    }

    public static StaffActor ApplicantActor(string name) =>
        new(null, $"申请人 {Masking.Name(name)}", new HashSet<string> { ApplicationWorkflow.Applicant });

    /// <summary>条例第三十一条: an online application is received on the day both sides confirm it.</summary>
    public void Confirm(StaffActor actor, DateOnly confirmedOn, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        CheckNotFuture(confirmedOn, today, "确认日期");
        if (confirmedOn < Publications.Staff.BeijingTime.DateOf(SubmittedAt))
        {
            throw new DomainException("确认日期不能早于申请人在线提交的日期。");
        }

        Move(ApplicationAction.Confirm, actor, $"与申请人确认，收到申请日期 {confirmedOn:yyyy-MM-dd}", now);
        ReceivedOn = confirmedOn;
        Recompute(calendar);
    }

    /// <summary>Not an application at all (empty, abusive, a test): kept with the reason, never counted.</summary>
    public void Discard(StaffActor actor, string reason, DateTime now) =>
        DiscardReason = Move(ApplicationAction.Discard, actor, Required(reason, "请填写作废原因。"), now);

    /// <summary>条例第三十条: one notice, within 7 working days of receipt, saying what to correct and by when.</summary>
    public void RequestSupplement(StaffActor actor, string request, int workingDays, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        var what = Required(request, "请填写需要补正的事项。");
        if (SupplementRequestedOn is not null)
        {
            throw new DomainException("补正告知只能一次性发出，本申请已告知过补正。");
        }

        if (workingDays is < 1 or > 60)
        {
            throw new DomainException("补正期限应为1至60个工作日。");
        }

        if (SupplementNoticeDueOn is { } noticeDue && today > noticeDue)
        {
            throw new DomainException($"补正告知应在收到申请之日起7个工作日内发出（最迟 {noticeDue:yyyy-MM-dd}），已超过期限，请直接办理。");
        }

        Move(ApplicationAction.RequestSupplement, actor, what, now);
        SupplementRequest = what;
        SupplementRequestedOn = today;
        SupplementWorkingDays = workingDays;
        Recompute(calendar);
    }

    /// <summary>条例第三十条: the reply period starts again on the day the supplement is received.</summary>
    public void ReceiveSupplement(StaffActor actor, string text, DateOnly receivedOn, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        var answer = Required(text, "请填写补正的内容。");
        CheckNotFuture(receivedOn, today, "收到补正日期");
        if (receivedOn < SupplementRequestedOn)
        {
            throw new DomainException("收到补正日期不能早于发出补正告知的日期。");
        }

        Move(ApplicationAction.ReceiveSupplement, actor, answer, now);
        SupplementText = answer;
        SupplementReceivedOn = receivedOn;
        Recompute(calendar);
    }

    /// <summary>条例第三十条: no supplement by the date given → treated as withdrawn (其他处理 1).</summary>
    public void LapseSupplement(StaffActor actor, DateOnly today, DateTime now)
    {
        if (SupplementDueOn is not { } due || today <= due)
        {
            throw new DomainException($"补正期限（{SupplementDueOn:yyyy-MM-dd}）尚未届满，不能按逾期未补正处理。");
        }

        Move(ApplicationAction.LapseSupplement, actor, $"补正期限 {due:yyyy-MM-dd} 届满，申请人未补正", now);
        Close(ApplicationOutcome.OtherNoSupplement, Outcomes.ReplyType.Terminated, "申请人无正当理由逾期未补正，视为放弃申请。", today);
    }

    public void Assign(StaffActor actor, Guid departmentId, string departmentName, Guid handlerId, string handlerName, DateTime now)
    {
        var note = $"承办：{departmentName} {handlerName}";
        Move(ApplicationAction.Assign, actor, note, now);
        DepartmentId = departmentId;
        DepartmentName = departmentName;
        HandlerId = handlerId;
        HandlerName = handlerName;
    }

    /// <summary>条例第三十二、三十四条: the party has 15 working days; meanwhile the applicant's clock stands still.</summary>
    public ApplicationConsultation Consult(StaffActor actor, ConsultedParty party, string partyName, string matter, DateOnly sentOn, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        var name = Required(partyName, "请填写被征求意见的第三方或机关名称。");
        var what = Required(matter, "请填写征求意见的事项。");
        CheckNotFuture(sentOn, today, "发函日期");
        if (sentOn < ClockStartsOn)
        {
            throw new DomainException("发函日期不能早于答复期限的起算日。");
        }

        Move(ApplicationAction.Consult, actor, $"向{party.ToChinese()}“{name}”征求意见：{what}", now);
        var consultation = new ApplicationConsultation(Id, party, name, what, sentOn, ReplyClock.ConsultationDueOn(calendar, sentOn));
        consultations.Add(consultation);
        Recompute(calendar);
        return consultation;
    }

    public void EndConsultation(StaffActor actor, DateOnly answeredOn, string answer, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        var open = OpenConsultation ?? throw new DomainException("没有正在进行的征求意见。");
        CheckNotFuture(answeredOn, today, "收到意见日期");
        if (answeredOn < open.SentOn)
        {
            throw new DomainException("收到意见日期不能早于发出征求意见函的日期。");
        }

        var what = (answer ?? "").Trim();
        if (what.Length == 0)
        {
            what = answeredOn > open.DueOn ? "逾期未提出意见，由本机关依法决定" : throw new DomainException("请填写对方的意见；期限届满未答复的，请在期限届满后记录。");
        }

        Move(ApplicationAction.EndConsultation, actor, $"{open.PartyName}：{what}", now);
        open.Close(answeredOn, what);
        Recompute(calendar);
    }

    /// <summary>条例第三十三条: once, at most 20 working days, approved by the leader, the applicant told.</summary>
    public void Extend(StaffActor actor, int days, string reason, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        var why = Required(reason, "请填写延期理由。");
        if (ExtensionDays > 0)
        {
            throw new DomainException("答复期限只能延长一次，本申请已经延期。");
        }

        if (days is < 1 or > ReplyClock.MaxExtensionDays)
        {
            throw new DomainException("延长的期限最长不超过20个工作日。");
        }

        if (ReplyDueOn is { } due && today > due)
        {
            throw new DomainException($"答复期限已于 {due:yyyy-MM-dd} 届满，不能再延期。");
        }

        Move(ApplicationAction.Extend, actor, $"延长 {days} 个工作日：{why}", now);
        ExtensionDays = days;
        ExtensionReason = why;
        ExtendedOn = today;
        ExtensionApprover = actor.Name;
        Recompute(calendar);

        // The notice tells the applicant the new date as it stood that day; later pauses move ReplyDueOn, not the notice.
        ExtendedDueOn = ReplyDueOn;
    }

    /// <summary>国办函〔2020〕109号: a fee notice within the reply period; the applicant pays within the window.</summary>
    public void ChargeFee(StaffActor actor, FeeMethod method, int quantity, int paymentWorkingDays, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        if (FeeNoticeOn is not null)
        {
            throw new DomainException("本申请已发出过收费通知。");
        }

        if (quantity < 1 || !Enum.IsDefined(method))
        {
            throw new DomainException(method == Fees.FeeMethod.PerPage ? "请填写页数（正整数）。" : "请填写本月累计申请件数（正整数）。");
        }

        var amount = ProcessingFee.Compute(method, quantity);
        if (amount == 0)
        {
            throw new DomainException($"{method.ToChinese()}标准下，{quantity}{(method == Fees.FeeMethod.PerPage ? "页" : "件")}不收费，无需发出收费通知。");
        }

        Move(ApplicationAction.ChargeFee, actor, $"{method.ToChinese()}，{quantity}{(method == Fees.FeeMethod.PerPage ? "页" : "件")}，{amount:0}元", now);
        FeeMethod = method;
        FeeQuantity = quantity;
        FeeAmount = amount;
        FeeNoticeOn = today;
        PaymentWorkingDays = paymentWorkingDays;
        Recompute(calendar);
    }

    public void ReceivePayment(StaffActor actor, DateOnly paidOn, WorkingDayCalendar calendar, DateOnly today, DateTime now)
    {
        CheckNotFuture(paidOn, today, "缴费日期");
        if (paidOn < FeeNoticeOn)
        {
            throw new DomainException("缴费日期不能早于收费通知日期。");
        }

        Move(ApplicationAction.ReceivePayment, actor, $"已缴费 {FeeAmount:0}元（{paidOn:yyyy-MM-dd}）", now);
        PaidOn = paidOn;
        Recompute(calendar);
    }

    /// <summary>国办函〔2020〕109号: unpaid in time → treated as withdrawn (其他处理 2).</summary>
    public void LapsePayment(StaffActor actor, DateOnly today, DateTime now)
    {
        if (PaymentDueOn is not { } due || today <= due)
        {
            throw new DomainException($"缴费期限（{PaymentDueOn:yyyy-MM-dd}）尚未届满，不能按逾期未缴费处理。");
        }

        Move(ApplicationAction.LapsePayment, actor, $"缴费期限 {due:yyyy-MM-dd} 届满，申请人未缴费", now);
        Close(ApplicationOutcome.OtherUnpaidFee, Outcomes.ReplyType.Terminated, "申请人逾期未按收费通知要求缴纳费用，视为放弃申请。", today);
    }

    /// <summary>The outcome is one row of the annual report; 部分公开 records what was withheld and why (第三十七条).</summary>
    public void Decide(StaffActor actor, ApplicationOutcome outcome, ReplyType replyType, string reason, string withheldParts, string details, DateOnly today, DateTime now)
    {
        if (!ApplicationOutcomes.Decidable.Contains(outcome))
        {
            throw new DomainException("请选择办理结果；逾期未补正、逾期未缴费由相应步骤处理。");
        }

        if (!outcome.ReplyTypes().Contains(replyType))
        {
            throw new DomainException($"答复类型“{replyType.ToChinese()}”与办理结果“{outcome.FullName()}”不相符。");
        }

        var why = (reason ?? "").Trim();
        if (outcome.NeedsReason() && why.Length == 0)
        {
            throw new DomainException("请填写理由和依据：不予公开、无法提供、不予处理都须告知申请人理由。");
        }

        var withheld = (withheldParts ?? "").Trim();
        if (outcome == ApplicationOutcome.PartlyDisclosed && withheld.Length == 0)
        {
            throw new DomainException("部分公开须写明不予公开的部分及其理由。");
        }

        if (outcome == ApplicationOutcome.UnavailableStillUnclear && SupplementReceivedOn is null)
        {
            throw new DomainException("“补正后申请内容仍不明确”只适用于已经补正的申请。");
        }

        var more = (details ?? "").Trim();
        if (replyType.DetailsLabel().Length > 0 && more.Length == 0 && replyType is not (Outcomes.ReplyType.Provided or Outcomes.ReplyType.PartlyProvided))
        {
            throw new DomainException($"请填写{replyType.DetailsLabel()}。");
        }

        Move(ApplicationAction.Decide, actor, $"{outcome.FullName()}；{replyType.ToChinese()}", now);
        Outcome = outcome;
        ReplyType = replyType;
        DecisionReason = why;
        WithheldParts = outcome == ApplicationOutcome.PartlyDisclosed ? withheld : "";
        ReplyDetails = more;
        DecidedOn = today;
    }

    /// <summary>The office sends a decision back to the handler before any letter goes out.</summary>
    public void ReturnDecision(StaffActor actor, string note, DateTime now)
    {
        Move(ApplicationAction.ReturnDecision, actor, Required(note, "请填写退回意见。"), now);
        Outcome = null;
        ReplyType = null;
        DecisionReason = "";
        WithheldParts = "";
        ReplyDetails = "";
        DecidedOn = null;
    }

    /// <summary>条例第三十六条: the numbered reply letter goes out; its date is what the deadline measures.</summary>
    public void Reply(StaffActor actor, string replyNumber, DateOnly today, DateTime now)
    {
        var number = Required(replyNumber, "缺少答复书编号。");
        Move(ApplicationAction.Reply, actor, $"答复书 {number}", now);
        ReplyNumber = number;
        RepliedOn = today;
    }

    /// <summary>Service of the reply; on paper the signed 送达回证 is recorded.</summary>
    public void Deliver(StaffActor actor, DeliveryMethod method, DateOnly deliveredOn, string receiptSigner, DateOnly? receiptSignedOn, DateOnly today, DateTime now)
    {
        CheckNotFuture(deliveredOn, today, "送达日期");
        if (deliveredOn < RepliedOn)
        {
            throw new DomainException("送达日期不能早于答复日期。");
        }

        var signer = (receiptSigner ?? "").Trim();
        if (method.NeedsServiceReceipt() && (signer.Length == 0 || receiptSignedOn is null))
        {
            throw new DomainException("邮寄或当面送达须登记送达回证的签收人和签收日期。");
        }

        if (receiptSignedOn is { } signed)
        {
            CheckNotFuture(signed, today, "签收日期");
            if (signed < deliveredOn)
            {
                throw new DomainException("送达回证的签收日期不能早于送达日期。");
            }
        }

        Move(ApplicationAction.Deliver, actor, $"{method.ToChinese()}，{deliveredOn:yyyy-MM-dd}{(signer.Length > 0 ? $"，签收人 {signer}" : "")}", now);
        DeliveredBy = method;
        DeliveredOn = deliveredOn;
        ServiceReceiptSigner = method.NeedsServiceReceipt() ? signer : "";
        ServiceReceiptSignedOn = method.NeedsServiceReceipt() ? receiptSignedOn : null;
    }

    public void Archive(StaffActor actor, string note, DateOnly today, DateTime now)
    {
        ArchiveNote = Move(ApplicationAction.Archive, actor, (note ?? "").Trim(), now);
        ArchivedOn = today;
    }

    /// <summary>Records a 行政复议 or 行政诉讼 in the case's history (the record itself is an <see cref="Challenges.Challenge"/>).</summary>
    public void NoteChallenge(StaffActor actor, string note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Holds(StaffRole.DisclosureOfficer))
        {
            throw new DomainException("行政复议、行政诉讼情况由政务公开办登记。");
        }

        if (Status is not (ApplicationStatus.Replied or ApplicationStatus.Delivered or ApplicationStatus.Archived))
        {
            throw new DomainException("只有已答复的申请才能登记行政复议或行政诉讼。");
        }

        history.Add(new ApplicationHistoryEntry(Id, now, actor, ApplicationAction.RecordChallenge, Status, Status, note));
        UpdatedAt = now;
    }

    public void FlagPossibleRepeat(Guid earlierId) => PossibleRepeatOfId = earlierId;

    /// <summary>Counts every deadline again: after each move and when the calendar changes.</summary>
    public void Recompute(WorkingDayCalendar calendar)
    {
        if (ReceivedOn is not { } received)
        {
            return;
        }

        var pauses = consultations.Select(c => new ClockPause(c.SentOn, c.AnsweredOn)).ToList();
        if (FeeNoticeOn is { } notice)
        {
            // 国办函〔2020〕109号: the time between the fee notice and the payment does not count towards the reply period.
            pauses.Add(new ClockPause(notice, PaidOn ?? (Status == ApplicationStatus.AwaitingPayment ? null : DecidedOn ?? notice)));
        }

        var reading = ReplyClock.Read(calendar, new ClockFacts(received)
        {
            SupplementRequestedOn = SupplementRequestedOn,
            SupplementWorkingDays = SupplementWorkingDays,
            SupplementReceivedOn = SupplementReceivedOn,
            Pauses = pauses,
            ExtensionDays = ExtensionDays,
        });
        ClockStartsOn = reading.ClockStartsOn;
        SupplementNoticeDueOn = reading.SupplementNoticeDueOn;
        SupplementDueOn = reading.SupplementDueOn;
        ReplyDueOn = reading.ReplyDueOn;
        WorkingDaysLeftWhenStopped = reading.WorkingDaysLeftWhenStopped;
        PausedWorkingDays = reading.PausedWorkingDays;
        var provisional = reading.Provisional;
        foreach (var consultation in consultations.Where(c => c.IsOpen))
        {
            consultation.Reschedule(ReplyClock.ConsultationDueOn(calendar, consultation.SentOn));
        }

        if (FeeNoticeOn is { } noticeOn && PaidOn is null)
        {
            PaymentDueOn = ReplyClock.PaymentDueOn(calendar, noticeOn, PaymentWorkingDays);
        }

        DeadlinesProvisional = provisional || Beyond(calendar, PaymentDueOn) || consultations.Any(c => c.IsOpen && Beyond(calendar, c.DueOn));
    }

    /// <summary>Whether a handler may see this case's applicant data: the disclosure office, or the handler it is assigned to.</summary>
    public bool MayBeSeenInFullBy(StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Holds(StaffRole.DisclosureOfficer) || (actor.Holds(StaffRole.Handler) && actor.Id is not null && actor.Id == HandlerId);
    }

    private static bool Beyond(WorkingDayCalendar calendar, DateOnly? date) => date is { } d && !calendar.LoadedYears.Contains(d.Year);

    private void Close(ApplicationOutcome outcome, ReplyType replyType, string reason, DateOnly today)
    {
        Outcome = outcome;
        ReplyType = replyType;
        DecisionReason = reason;
        DecidedOn = today;
    }

    private string Move(ApplicationAction action, StaffActor actor, string note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var transition = ApplicationWorkflow.Find(Status, action, actor.Roles);
        // A handler acts on the cases assigned to them; the disclosure office on every case of its agency.
        if (transition.Role == StaffRole.Handler && !actor.Holds(StaffRole.DisclosureOfficer) && actor.Id != HandlerId)
        {
            throw new DomainException($"本申请未分派给您承办，不能“{action.ToChinese()}”。");
        }

        history.Add(new ApplicationHistoryEntry(Id, now, actor, action, Status, transition.To, note));
        Status = transition.To;
        UpdatedAt = now;
        return note;
    }

    private void SetApplicant(ApplicantDetails applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ApplicantKind = applicant.Kind;
        ApplicantName = applicant.Name;
        IdType = applicant.IdType;
        IdNumber = applicant.IdNumber;
        CreditCode = applicant.CreditCode;
        LegalRepresentative = applicant.LegalRepresentative;
        ContactName = applicant.ContactName;
        Phone = applicant.Phone;
        Email = applicant.Email;
        Address = applicant.Address;
        PostalCode = applicant.PostalCode;
        ApplicantKey = applicant.Key;
    }

    private void SetRequest(RequestDetails request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Description = request.Description;
        DocumentTitle = request.DocumentTitle;
        DocumentNumber = request.DocumentNumber;
        Delivery = request.Delivery;
        Format = request.Format;
    }

    private static void CheckNotFuture(DateOnly date, DateOnly today, string field)
    {
        if (date > today)
        {
            throw new DomainException($"{field}不能晚于今天。");
        }
    }

    private static string Required(string? text, string message)
    {
        var value = (text ?? "").Trim();
        return value.Length > 0 ? value : throw new DomainException(message);
    }
}
