using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Fees;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>
/// Takes one action on a case for a member of staff. Whether they may is the case's decision (its transition table and
/// roles); this handler reads the form and gathers what the action needs: the department and handler, the applicant's
/// count this month for a 按件 fee, the agency's periods, the reply-letter number.
/// </summary>
public sealed class MoveApplication(
    GongkaiDbContext db, ChangeApplication change, WorkingCalendar workingCalendar, ApplicationNumbers numbers,
    ApplicationSettingsStore settingsStore, TimeProvider time)
{
    /// <summary>False when the agency has no such case; a refused action throws a DomainException with the reason.</summary>
    public async Task<bool> HandleAsync(Agency agency, Guid applicationId, CaseForm form, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(actor);
        var action = ApplicationInputCheck.ParseEnum<ApplicationAction>(form.Action) ?? throw new DomainException("未知的操作。");
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChineseDate.Today(time);
        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        var settings = await settingsStore.ForAsync(agency, cancellationToken);
        var note = form.Note ?? "";

        return await change.HandleAsync(agency.Id, applicationId, async application =>
        {
            switch (action)
            {
                case ApplicationAction.Confirm:
                    application.Confirm(actor, DateOr(form.Date, today, "确认日期"), calendar, today, now);
                    break;
                case ApplicationAction.Discard:
                    if (!form.Confirmed)
                    {
                        throw new DomainException("作废后该申请不再办理、不计入统计：请勾选确认后再作废。");
                    }

                    application.Discard(actor, note, now);
                    break;
                case ApplicationAction.RequestSupplement:
                    application.RequestSupplement(actor, note, form.Days ?? settings.SupplementWorkingDays, calendar, today, now);
                    break;
                case ApplicationAction.ReceiveSupplement:
                    application.ReceiveSupplement(actor, note, DateOr(form.Date, today, "收到补正日期"), calendar, today, now);
                    break;
                case ApplicationAction.LapseSupplement:
                    application.LapseSupplement(actor, today, now);
                    break;
                case ApplicationAction.Assign:
                    var (department, handler) = await AssigneeAsync(agency.Id, form, cancellationToken);
                    application.Assign(actor, department.Id, department.Name, handler.Id, handler.DisplayName, now);
                    break;
                case ApplicationAction.Consult:
                    var party = ApplicationInputCheck.ParseEnum<ConsultedParty>(form.Party) ?? throw new DomainException("请选择征求意见的对象（第三方或其他机关）。");
                    application.Consult(actor, party, form.PartyName ?? "", note, DateOr(form.Date, today, "发函日期"), calendar, today, now);
                    break;
                case ApplicationAction.EndConsultation:
                    application.EndConsultation(actor, DateOr(form.Date, today, "收到意见日期"), note, calendar, today, now);
                    break;
                case ApplicationAction.Extend:
                    application.Extend(actor, form.Days ?? 0, note, calendar, today, now);
                    break;
                case ApplicationAction.ChargeFee:
                    var method = ApplicationInputCheck.ParseEnum<FeeMethod>(form.FeeMethod) ?? throw new DomainException("请选择收费方式（按件或按量）。");
                    var quantity = method == FeeMethod.PerApplication
                        ? await OrdinalThisMonthAsync(application, cancellationToken)
                        : form.Quantity ?? 0;
                    application.ChargeFee(actor, method, quantity, settings.PaymentWorkingDays, calendar, today, now);
                    break;
                case ApplicationAction.ReceivePayment:
                    application.ReceivePayment(actor, DateOr(form.Date, today, "缴费日期"), calendar, today, now);
                    break;
                case ApplicationAction.LapsePayment:
                    application.LapsePayment(actor, today, now);
                    break;
                case ApplicationAction.Decide:
                    var outcome = ApplicationInputCheck.ParseEnum<ApplicationOutcome>(form.Outcome) ?? throw new DomainException("请选择办理结果。");
                    var replyType = ApplicationInputCheck.ParseEnum<ReplyType>(form.ReplyType) ?? outcome.ReplyTypes()[0];
                    application.Decide(actor, outcome, replyType, note, form.WithheldParts ?? "", form.Details ?? "", today, now);
                    break;
                case ApplicationAction.ReturnDecision:
                    application.ReturnDecision(actor, note, now);
                    break;
                case ApplicationAction.Reply:
                    // Checked before a number is taken: a refused reply must not use up a letter number.
                    ApplicationWorkflow.Find(application.Status, ApplicationAction.Reply, actor.Roles);
                    application.Reply(actor, await numbers.NextReplyNumberAsync(agency.Id, settings.LetterPrefix, today.Year, cancellationToken), today, now);
                    break;
                case ApplicationAction.Deliver:
                    var by = ApplicationInputCheck.ParseEnum<DeliveryMethod>(form.DeliveryMethod) ?? throw new DomainException("请选择送达方式。");
                    DateOnly? signedOn = string.IsNullOrWhiteSpace(form.ReceiptSignedOn) ? null : ParseDate(form.ReceiptSignedOn, "签收日期");
                    application.Deliver(actor, by, DateOr(form.Date, today, "送达日期"), form.ReceiptSigner ?? "", signedOn, today, now);
                    break;
                case ApplicationAction.Archive:
                    application.Archive(actor, note, today, now);
                    break;
                default:
                    throw new DomainException($"“{action.ToChinese()}”不能在此操作。");
            }
        }, cancellationToken);
    }

    public static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainException($"{field}格式不正确，应如 2026-03-02。");

    private static DateOnly DateOr(string? text, DateOnly today, string field) =>
        string.IsNullOrWhiteSpace(text) ? today : ParseDate(text, field);

    private async Task<(Department Department, StaffUser Handler)> AssigneeAsync(Guid agencyId, CaseForm form, CancellationToken cancellationToken)
    {
        var department = form.DepartmentId is { } departmentId
            ? await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId && d.AgencyId == agencyId, cancellationToken)
            : null;
        if (department is null)
        {
            throw new DomainException("请选择本机关的承办处室。");
        }

        var handlerId = form.HandlerId ?? Guid.Empty;
        var isHandler = await db.RoleGrants.AnyAsync(g => g.UserId == handlerId && g.AgencyId == agencyId && g.Role == StaffRole.Handler, cancellationToken);
        var handler = isHandler
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == handlerId && u.AgencyId == agencyId && !u.Disabled, cancellationToken)
            : null;
        return handler is null
            ? throw new DomainException("请选择本机关在岗的承办人。")
            : (department, handler);
    }

    // 国办函〔2020〕109号第四条: the applicant's applications to this agency in the natural month of receipt, this one included.
    private async Task<int> OrdinalThisMonthAsync(Application application, CancellationToken cancellationToken)
    {
        var received = application.ReceivedOn ?? throw new DomainException("申请尚未登记收到日期。");
        var monthStart = new DateOnly(received.Year, received.Month, 1);
        var earlier = await db.Set<Application>().AsNoTracking()
            .Where(a => a.AgencyId == application.AgencyId && a.ApplicantKey == application.ApplicantKey && a.Id != application.Id
                && a.Status != ApplicationStatus.Discarded && a.ReceivedOn >= monthStart
                && (a.ReceivedOn < received || (a.ReceivedOn == received && string.Compare(a.Number, application.Number) < 0)))
            .CountAsync(cancellationToken);
        return earlier + 1;
    }
}
