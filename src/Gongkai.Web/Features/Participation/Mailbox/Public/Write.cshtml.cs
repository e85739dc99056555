using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Participation.Mailbox.Public;

/// <summary>领导信箱 / 在线咨询: the citizen's form.</summary>
[EnableRateLimiting(MailboxRateLimits.Write)]
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueCountLimit = 32, KeyLengthLimit = 64, ValueLengthLimit = MaxBodyBytes)]
internal sealed class WriteModel(AgencyDirectory agencies, WriteMessage write, MailboxSettingsStore settings) : PageModel
{
    // 2,000 Chinese characters percent-encoded are about 18 KB.
    public const int MaxBodyBytes = 48 * 1024;

    public Agency Agency { get; private set; } = null!;

    public MessageInput Input { get; private set; } = new();

    public bool Promised { get; private set; }

    public int AnswerWorkingDays { get; private set; } = MailboxSettings.DefaultAnswerWorkingDays;

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        AnswerWorkingDays = (await settings.ForAsync(found.Id, HttpContext.RequestAborted)).AnswerWorkingDays;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string agency, MessageInput input, [FromForm(Name = MailboxFormFields.Promise)] string? promise,
        [FromForm(Name = MailboxFormFields.Honeypot)] string? website, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Input = input ?? new MessageInput();
        Promised = string.Equals(promise?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(website))
        {
            // A robot filled the field people cannot see: it is told the same as everyone, and nothing is kept.
            TempData[MailboxReceipt.Received] = "1";
            return Redirect(MailboxUrls.Received(found.Code));
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Promised)
        {
            errors[MailboxFormFields.Promise] = "请勾选承诺：本人对留言内容的真实性负责。";
            foreach (var (field, message) in MessageInputCheck.Check(Input).Errors)
            {
                errors[field] = message;
            }
        }
        else
        {
            var written = await write.HandleAsync(found.Id, Input, cancellationToken);
            if (written.Errors.Count == 0)
            {
                TempData[MailboxReceipt.Number] = written.Number;
                TempData[MailboxReceipt.Code] = written.QueryCode;
                return Redirect(MailboxUrls.Received(found.Code));
            }

            foreach (var (field, message) in written.Errors)
            {
                errors[field] = message;
            }
        }

        Errors = errors;
        AnswerWorkingDays = (await settings.ForAsync(found.Id, cancellationToken)).AnswerWorkingDays;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    /// <summary>A text box of the form, filled with what was typed and showing its error.</summary>
    public FormField Field(string name, string? value) => new(name, MailboxFormFields.Label(name), value, Error(name));

    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { Error(field) is null ? null : $"{field}-error", hintId }.OfType<string>().ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
