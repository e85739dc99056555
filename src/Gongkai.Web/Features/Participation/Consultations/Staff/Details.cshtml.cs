using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Consultations.Staff;

/// <summary>
/// One consultation in the back office: the draft (editable while a draft), opening it, the comments to moderate,
/// the answers after closing, the adoption report, and the history.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
internal sealed class DetailsModel(
    ConsultationAccess access,
    GongkaiDbContext db,
    ConsultationSettingsStore settings,
    SaveConsultation save,
    ChangeConsultation change,
    AttachConsultationFiles attach,
    RemoveConsultationFile remove,
    TimeProvider time)
    : PageModel
{
    /// <summary>Several attachments at the size limit each, in one post.</summary>
    public const long MaxUploadBytes = 4 * AttachmentCheck.MaxBytes;

    public Agency Agency { get; private set; } = null!;
    public StaffActor Actor { get; private set; } = null!;
    public Consultation Consultation { get; private set; } = null!;
    public IReadOnlyList<ConsultationComment> Comments { get; private set; } = [];
    public ConsultationSettings Settings { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public ConsultationPhase Phase => Consultation.PhaseOn(Today);
    public ConsultationForm Form { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    /// <summary>The file the member of staff asked to remove, shown with a confirmation before anything is deleted.</summary>
    public ConsultationAttachment? RemoveCandidate { get; private set; }

    public bool CanEdit => Consultation.Status == ConsultationStatus.Draft && ConsultationAccess.CanDraft(Actor);
    public bool CanModerate => ConsultationAccess.CanModerate(Actor);

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, Guid? remove)
    {
        var result = await LoadAsync(agency, id);
        if (result is not null)
        {
            return result;
        }

        Form = ConsultationForm.From(Consultation);
        Done = TempData["ConsultationDone"] as string;
        RemoveCandidate = CanEdit && remove is { } candidate ? Consultation.Attachments.SingleOrDefault(a => a.Id == candidate) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(string agency, Guid id)
    {
        var result = await LoadAsync(agency, id);
        if (result is not null)
        {
            return result;
        }

        if (!ConsultationAccess.CanDraft(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = ConsultationForm.From(Consultation);
        try
        {
            var files = await UploadedFiles.ReadAsync(Request, "files", HttpContext.RequestAborted);
            var errors = await attach.HandleAsync(Agency.Id, id, files, Actor, HttpContext.RequestAborted);
            if (errors is null)
            {
                return NotFound();
            }

            if (errors.Count == 0)
            {
                return Saved(files.Count == 1 ? "附件已上传。" : $"{files.Count}个附件已上传。");
            }

            // One field, so every reason stands beside it (each message names its file).
            Errors = new Dictionary<string, string> { ["files"] = string.Concat(errors) };
        }
        catch (DomainException e)
        {
            Error = e.Message;
        }

        return Refused();
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(string agency, Guid id, Guid attachmentId)
    {
        var result = await LoadAsync(agency, id);
        if (result is not null)
        {
            return result;
        }

        if (!ConsultationAccess.CanDraft(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = ConsultationForm.From(Consultation);
        try
        {
            return await remove.HandleAsync(Agency.Id, id, attachmentId, Actor, HttpContext.RequestAborted)
                ? Saved("附件已删除。")
                : NotFound();
        }
        catch (DomainException e)
        {
            Error = e.Message;
            return Refused();
        }
    }

    public async Task<IActionResult> OnPostEditAsync(string agency, Guid id, ConsultationForm form)
    {
        var result = await LoadAsync(agency, id);
        if (result is not null)
        {
            return result;
        }

        if (!ConsultationAccess.CanDraft(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Form = form ?? new ConsultationForm();
        try
        {
            var (saved, errors) = await save.HandleAsync(Agency.Id, id, Form, Actor, HttpContext.RequestAborted);
            if (saved is not null)
            {
                return Saved("草稿已保存。");
            }

            Errors = errors;
        }
        catch (DomainException e)
        {
            Error = e.Message;
        }

        return Refused();
    }

    public Task<IActionResult> OnPostOpenAsync(string agency, Guid id) =>
        ModerateAsync(agency, id, c => c.Consultation.Open(c.Settings.MinimumDays, Actor, c.Now, c.Today), "征求意见已发布。");

    public Task<IActionResult> OnPostApproveAsync(string agency, Guid id, Guid commentId) =>
        ModerateAsync(agency, id, c => c.Comment(commentId).Approve(Actor, c.Now, c.Phase), "意见已审核通过，在公开页面显示。");

    public Task<IActionResult> OnPostRefuseAsync(string agency, Guid id, Guid commentId, string? reason) =>
        ModerateAsync(agency, id, c => c.Comment(commentId).Refuse(reason ?? "", Actor, c.Now, c.Phase), "意见已设为不予公开。");

    public Task<IActionResult> OnPostAnswerAsync(string agency, Guid id, Guid commentId, string? answer, string? reason) =>
        ModerateAsync(agency, id, c => c.Comment(commentId).AnswerWith(ParseAnswer(answer), reason ?? "", Actor, c.Phase), "采纳情况已保存。");

    public Task<IActionResult> OnPostReportAsync(string agency, Guid id, string? summary) =>
        ModerateAsync(agency, id, c => c.Consultation.PublishReport(summary ?? "", c.Comments, Actor, c.Now, c.Today), "意见采纳情况已公布。");

    private static CommentAnswer ParseAnswer(string? answer) =>
        Enum.TryParse<CommentAnswer>(answer, out var value) && Enum.IsDefined(value) ? value : throw new DomainException("请选择采纳情况。");

    private async Task<IActionResult> ModerateAsync(string agency, Guid id, Action<ConsultationChange> step, string done)
    {
        var result = await LoadAsync(agency, id);
        if (result is not null)
        {
            return result;
        }

        if (!CanModerate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        try
        {
            await change.HandleAsync(Agency.Id, id, step, HttpContext.RequestAborted);
            return Saved(done);
        }
        catch (DomainException e)
        {
            // Nothing was saved; the page shows the state as stored.
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync(agency, id);
            Form = ConsultationForm.From(Consultation);
            return Refused();
        }
    }

    private IActionResult Saved(string message)
    {
        TempData["ConsultationDone"] = message;
        return Redirect(ConsultationUrls.StaffDetails(Agency.Code, Consultation.Id));
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string agency, Guid id)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        (Agency, Actor) = context;
        if (!ConsultationAccess.CanRead(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var found = await db.Set<Consultation>().AsNoTracking().Include(c => c.History).Include(c => c.Attachments)
            .SingleOrDefaultAsync(c => c.Id == id && c.AgencyId == Agency.Id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        Consultation = found;
        Comments = await db.Set<ConsultationComment>().AsNoTracking().Where(c => c.ConsultationId == id)
            .OrderBy(c => c.SubmittedAt).ToListAsync(HttpContext.RequestAborted);
        Settings = await settings.ForAsync(Agency.Id, HttpContext.RequestAborted);
        Today = ChineseDate.Today(time);
        return null;
    }
}
