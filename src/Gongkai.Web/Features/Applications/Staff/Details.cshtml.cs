using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>
/// One case in the back office: what was asked and by whom, the clock, the decision, the reply, the letters, the
/// challenges and the full history, and one form for each step the signed-in member of staff may take now.
/// </summary>
public sealed class DetailsModel(
    AgencyDirectory agencies, CaseGate gate, CaseDetails details, MoveApplication move, RecordChallenge recordChallenge,
    ConcludeChallenge concludeChallenge, ApplicationSettingsStore settingsStore, WorkingCalendar workingCalendar, TimeProvider time) : PageModel
{
    public const string RecordChallengeForm = "RecordChallenge";
    public const string ConcludeChallengeForm = "ConcludeChallenge";

    public Agency Agency { get; private set; } = null!;
    public StaffActor Actor { get; private set; } = null!;
    public CaseView View { get; private set; } = null!;
    public Application Application => View.Application;
    public IReadOnlyList<ApplicationAction> Actions { get; private set; } = [];
    public ApplicationSettings Settings { get; private set; } = null!;
    public WorkingDayCalendar Calendar { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool SeesApplicant { get; private set; }
    public bool CanRecordChallenge { get; private set; }
    public bool CanConcludeChallenge { get; private set; }

    public CaseForm Form { get; private set; } = new();
    public ChallengeForm ChallengeInput { get; private set; } = new();
    public ChallengeConclusionForm Conclusion { get; private set; } = new();

    /// <summary>The form the error belongs to (an action name, or one of the challenge forms): its typed values are kept.</summary>
    public string? FailedForm { get; private set; }

    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    /// <summary>Why the case does not open for the signed-in member of staff (the page answers 403).</summary>
    public string? Denied { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/applications";
    public string CaseUrl => $"{BaseUrl}/{Application.Id}";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, string? done)
    {
        if (await EnterAsync(agency, id) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Notice = done switch
        {
            null or "" => null,
            RecordChallengeForm => "已登记行政复议或行政诉讼。",
            ConcludeChallengeForm => "已登记审结结果。",
            _ => ApplicationInputCheck.ParseEnum<ApplicationAction>(done) is { } action ? $"已完成“{action.ToChinese()}”。" : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] CaseForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await EnterAsync(agency, id) is { } refused)
        {
            return refused;
        }

        var action = ApplicationInputCheck.ParseEnum<ApplicationAction>(form.Action);
        try
        {
            if (BindingError() is { } unreadable)
            {
                throw new DomainException(unreadable);
            }

            CaseFormLimits.Check(action, form);
            if (!await move.HandleAsync(Agency, id, form, Actor, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Form = form;
            return await RefusedAsync(id, action?.ToString() ?? "", ex.Message);
        }

        return Redirect($"/admin/{Agency.Code}/applications/{id}?done={action}");
    }

    public async Task<IActionResult> OnPostRecordChallengeAsync(string agency, Guid id, [FromForm] ChallengeForm challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        if (await EnterAsync(agency, id) is { } refused)
        {
            return refused;
        }

        try
        {
            if (!await recordChallenge.HandleAsync(Agency, id, challenge, Actor, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            ChallengeInput = challenge;
            return await RefusedAsync(id, RecordChallengeForm, ex.Message);
        }

        return Redirect($"/admin/{Agency.Code}/applications/{id}?done={RecordChallengeForm}");
    }

    public async Task<IActionResult> OnPostConcludeChallengeAsync(string agency, Guid id, [FromForm] ChallengeConclusionForm conclusion)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        if (await EnterAsync(agency, id) is { } refused)
        {
            return refused;
        }

        try
        {
            if (BindingError() is { } unreadable)
            {
                throw new DomainException(unreadable);
            }

            if (!await concludeChallenge.HandleAsync(Agency, id, conclusion, Actor, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Conclusion = conclusion;
            return await RefusedAsync(id, ConcludeChallengeForm, ex.Message);
        }

        return Redirect($"/admin/{Agency.Code}/applications/{id}?done={ConcludeChallengeForm}");
    }

    /// <summary>The form's typed value when the error belongs to that form, so nothing typed is lost.</summary>
    public string? Typed(string form, string? value) => string.Equals(FailedForm, form, StringComparison.Ordinal) ? value : null;

    public string? Typed(ApplicationAction action, string? value) => Typed(action.ToString(), value);

    // The access check comes before anything else: who may open cases at all, then whether this agency has the case,
    // then whether this member of staff may open this one.
    private async Task<IActionResult?> EnterAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Actor = User.ToStaffActor(found.Id);
        var entry = await gate.HandleAsync(found.Id, id, Actor, HttpContext.RequestAborted);
        if (entry.IsOpen)
        {
            return null;
        }

        if (entry.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        Denied = entry.Message;
        Response.StatusCode = entry.StatusCode;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await details.HandleAsync(Agency.Id, id, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = view;
        Today = ChineseDate.Today(time);
        Calendar = await workingCalendar.CurrentAsync(HttpContext.RequestAborted);
        Settings = await settingsStore.ForAsync(Agency, HttpContext.RequestAborted);
        var application = view.Application;
        SeesApplicant = CaseAccess.SeesApplicantData(Actor, application);
        Actions = [.. ApplicationWorkflow.From(application.Status)
            .Where(t => Actor.Holds(t.Role) && MayAct(t, application) && Applies(t.Action, application))
            .Select(t => t.Action)
            .Distinct()];
        var officer = Actor.Holds(StaffRole.DisclosureOfficer);
        CanRecordChallenge = officer && application.Status is ApplicationStatus.Replied or ApplicationStatus.Delivered or ApplicationStatus.Archived;
        CanConcludeChallenge = officer;
        return true;
    }

    private async Task<IActionResult> RefusedAsync(Guid id, string form, string message)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        FailedForm = form;
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    // A handler acts on the cases assigned to them; the disclosure office on every case of its agency.
    private bool MayAct(ApplicationWorkflow.Transition transition, Application application) =>
        transition.Role != StaffRole.Handler || Actor.Holds(StaffRole.DisclosureOfficer) || (Actor.Id is not null && Actor.Id == application.HandlerId);

    // Steps that cannot succeed now are not offered: the lapses only after their deadline (条例第三十条; 国办函〔2020〕109号),
    // the one-time notices only once.
    private bool Applies(ApplicationAction action, Application application) => action switch
    {
        ApplicationAction.RequestSupplement => application.SupplementRequestedOn is null
            && (application.SupplementNoticeDueOn is not { } noticeDue || Today <= noticeDue),
        ApplicationAction.LapseSupplement => application.SupplementDueOn is { } supplementDue && Today > supplementDue,
        ApplicationAction.LapsePayment => application.PaymentDueOn is { } paymentDue && Today > paymentDue,
        ApplicationAction.EndConsultation => application.OpenConsultation is not null,
        ApplicationAction.Extend => application.ExtensionDays == 0,
        ApplicationAction.ChargeFee => application.FeeNoticeOn is null,
        _ => true,
    };

    // A value the form could not turn into its type (“abc” for a number of days) is refused in Chinese, never taken as empty.
    private string? BindingError()
    {
        var field = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).FirstOrDefault();
        if (field is null)
        {
            return null;
        }

        var name = field[(field.LastIndexOf('.') + 1)..].ToUpperInvariant();
        return name switch
        {
            "DAYS" => "天数应填写整数（工作日）。",
            "QUANTITY" => "页数应填写正整数。",
            "DEPARTMENTID" => "请选择本机关的承办处室。",
            "HANDLERID" => "请选择本机关在岗的承办人。",
            "CONFIRMED" => "请勾选确认。",
            "CHALLENGEID" => "没有找到这条行政复议或行政诉讼记录。",
            _ => "提交的内容无法识别，请检查后重试。",
        };
    }
}
