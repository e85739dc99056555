using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications.Letters;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Applications.Public;

/// <summary>
/// 办理进度: the applicant opens their case with its number and query code, answers a supplement notice and downloads
/// the letters sent to them. Every post carries the number and code again: nothing is remembered between requests, and
/// the code never goes into a URL.
/// </summary>
[EnableRateLimiting(ApplicantRateLimits.Lookup)]
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueCountLimit = 16, KeyLengthLimit = 64, ValueLengthLimit = MaxBodyBytes)]
internal sealed class StatusModel(
    AgencyDirectory agencies, FindApplicantCase find, AnswerSupplement answerSupplement, ApplicationLetters letters,
    WorkingCalendar workingCalendar, TimeProvider time) : PageModel
{
    public const int MaxBodyBytes = 32 * 1024;

    // Not "code": a form field of that name would also bind to the error page's status code when a post is refused.
    public const string QueryCodeField = "QueryCode";

    public Agency Agency { get; private set; } = null!;

    public string? Number { get; private set; }

    public string? Code { get; private set; }

    public string? NumberError { get; private set; }

    public string? CodeError { get; private set; }

    /// <summary>The one message for a wrong number or a wrong code.</summary>
    public string? LookupError { get; private set; }

    public ApplicantCaseView? Case { get; private set; }

    public string? Answer { get; private set; }

    public string? AnswerError { get; private set; }

    public string? Notice { get; private set; }

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

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] string? number, [FromForm(Name = QueryCodeField)] string? code, CancellationToken cancellationToken)
    {
        var (result, _) = await OpenAsync(agency, number, code, cancellationToken);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostSupplementAsync(
        string agency, [FromForm] string? number, [FromForm(Name = QueryCodeField)] string? code, [FromForm] string? answer, CancellationToken cancellationToken)
    {
        var (result, application) = await OpenAsync(agency, number, code, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Answer = answer;
        AnswerError = AnswerSupplement.Check(answer);
        if (AnswerError is null)
        {
            try
            {
                await answerSupplement.HandleAsync(application!, answer!, cancellationToken);
                Answer = null;
                Notice = "补正内容已提交。答复期限自收到补正之日起重新计算（《条例》第三十条）。";
                (result, _) = await OpenAsync(agency, number, code, cancellationToken);
                return result ?? Page();
            }
            catch (DomainException ex)
            {
                AnswerError = ex.Message;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostLetterAsync(
        string agency, [FromForm] string? number, [FromForm(Name = QueryCodeField)] string? code, [FromForm] string? kind, CancellationToken cancellationToken)
    {
        var (result, application) = await OpenAsync(agency, number, code, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        var letterKind = ApplicationInputCheck.ParseEnum<LetterKind>(kind);
        var file = letterKind is { } wanted && Case!.Letters.Contains(wanted)
            ? await letters.ComposeAsync(Agency, application!, wanted, null, cancellationToken)
            : null;
        if (file is null)
        {
            Notice = null;
            LookupError = "没有可以下载的该文书。";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        return File(file.Content, LetterFile.ContentType, file.FileName);
    }

    /// <summary>Loads the agency and the case; a result to return at once when either is not there.</summary>
    private async Task<(IActionResult? Result, Application? Application)> OpenAsync(string agency, string? number, string? code, CancellationToken cancellationToken)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return (NotFound(), null);
        }

        Agency = found;
        Number = number?.Trim();
        Code = code?.Trim();
        Response.Headers.CacheControl = "no-store";
        NumberError = string.IsNullOrEmpty(Number) ? "请填写申请编号。" : null;
        CodeError = string.IsNullOrEmpty(Code) ? "请填写查询码。" : null;
        var application = NumberError is null && CodeError is null ? await find.HandleAsync(found.Id, Number, Code, cancellationToken) : null;
        if (application is null)
        {
            LookupError = NumberError is null && CodeError is null ? FindApplicantCase.Refused : null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (Page(), null);
        }

        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        Case = ApplicantCaseView.Of(application, calendar, ChineseDate.Today(time));
        return (null, application);
    }
}
