using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Participation.Consultations.Staff;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Participation.Consultations.Public;

/// <summary>One consultation in public: the draft, the period and contact, approved comments, the form, and the report.</summary>
[EnableRateLimiting(PublicConsultations.CommentPolicy)]
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueCountLimit = 16, KeyLengthLimit = 64, ValueLengthLimit = MaxBodyBytes)]
internal sealed class DetailsModel(
    AgencyDirectory agencies, PublicConsultations consultations, ConsultationSettingsStore settings, SubmitComment submit, TimeProvider time) : PageModel
{
    // 2,000 Chinese characters percent-encoded are about 18 KB.
    public const int MaxBodyBytes = 48 * 1024;

    public Agency Agency { get; private set; } = null!;
    public Consultation Consultation { get; private set; } = null!;
    public IReadOnlyList<DraftArticle> Articles { get; private set; } = [];
    public IReadOnlyList<ConsultationComment> Comments { get; private set; } = [];
    public IReadOnlyList<ConsultationAttachment> Attachments { get; private set; } = [];
    public ConsultationPhase Phase { get; private set; }
    public CommentForm Form { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public bool Received { get; private set; }

    /// <summary>The agency's setting: comments wait for approval before anyone else sees them.</summary>
    public bool Moderated { get; private set; } = true;

    public string PageUrl => ConsultationUrls.PublicDetails(Agency.Code, Consultation.Id);

    public async Task<IActionResult> OnGetAsync(string agency, Guid id)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        Received = TempData["CommentReceived"] is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, CommentForm form, [FromForm(Name = CommentForm.Honeypot)] string? website)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(website))
        {
            // A robot filled the field people cannot see: it is told the same as everyone, and nothing is kept.
            TempData["CommentReceived"] = "1";
            return Redirect(PageUrl);
        }

        Form = form ?? new CommentForm();
        Errors = await submit.HandleAsync(Consultation, Form, HttpContext.RequestAborted);
        if (Errors.Count == 0)
        {
            TempData["CommentReceived"] = "1";
            return Redirect(PageUrl);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    private async Task<bool> LoadAsync(string agency, Guid id)
    {
        var found = await agencies.FindAsync(agency);
        var consultation = found is null ? null : await consultations.FindAsync(found.Id, id, HttpContext.RequestAborted);
        if (found is null || consultation is null)
        {
            return false;
        }

        Agency = found;
        Consultation = consultation;
        Phase = consultation.PhaseOn(ChineseDate.Today(time));
        Articles = ConsultationArticles.Split(consultation.BodyHtml);
        Comments = await consultations.ApprovedCommentsAsync(consultation.Id, HttpContext.RequestAborted);
        Attachments = await consultations.AttachmentsAsync(found.Id, consultation.Id, HttpContext.RequestAborted);
        Moderated = (await settings.ForAsync(found.Id, HttpContext.RequestAborted)).ModerateComments;
        return true;
    }
}
