using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Applicants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Applications.Public;

/// <summary>政府信息公开申请: the applicant's online form (条例第二十九条: what an application states).</summary>
[EnableRateLimiting(ApplicantRateLimits.Submit)]
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueCountLimit = 64, KeyLengthLimit = 64, ValueLengthLimit = MaxBodyBytes)]
internal sealed class ApplyModel(AgencyDirectory agencies, SubmitApplication submit) : PageModel
{
    // The longest honest form — 2,000 Chinese characters percent-encoded — is about 20 KB.
    public const int MaxBodyBytes = 64 * 1024;

    public Agency Agency { get; private set; } = null!;

    public ApplicationInput Input { get; private set; } = new() { IdType = nameof(IdDocumentType.ResidentIdCard) };

    public bool Promised { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string agency, ApplicationInput input, [FromForm(Name = ApplicationFormFields.Promise)] string? promise,
        [FromForm(Name = ApplicationFormFields.Honeypot)] string? website, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Input = input ?? new ApplicationInput();
        Promised = string.Equals(promise?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(website))
        {
            // A robot filled the field people cannot see: it is told the same as everyone, and nothing is kept.
            TempData[ApplicationReceipt.Received] = "1";
            return Redirect(ApplicationUrls.Submitted(found.Code));
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Promised)
        {
            errors[ApplicationFormFields.Promise] = "请勾选承诺：申请人对所填信息的真实性负责。";
        }

        if (errors.Count == 0)
        {
            var submitted = await submit.HandleAsync(found.Id, Input, cancellationToken);
            if (submitted.Errors.Count == 0)
            {
                TempData[ApplicationReceipt.Number] = submitted.Number;
                TempData[ApplicationReceipt.Code] = submitted.QueryCode;
                return Redirect(ApplicationUrls.Submitted(found.Code));
            }

            foreach (var (field, message) in submitted.Errors)
            {
                errors[field] = message;
            }
        }
        else
        {
            foreach (var (field, message) in ApplicationInputCheck.Check(Input).Errors)
            {
                errors[field] = message;
            }
        }

        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    /// <summary>A text box of the form, filled with what was typed and showing its error.</summary>
    public FormField Field(string name, string? value) => new(name, Label(name), value, Error(name));

    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { Error(field) is null ? null : $"{field}-error", hintId }.OfType<string>().ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    private static string Label(string name) => ApplicationFormFields.All.Single(f => f.Key == name).Label;
}
