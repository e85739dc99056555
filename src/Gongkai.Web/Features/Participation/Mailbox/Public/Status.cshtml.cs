using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Participation.Mailbox.Public;

/// <summary>The writer opens their message with its number and query code: where it stands, and the answer once given.</summary>
[EnableRateLimiting(MailboxRateLimits.Lookup)]
[RequestSizeLimit(8 * 1024)]
[RequestFormLimits(ValueCountLimit = 8, KeyLengthLimit = 64, ValueLengthLimit = 1024)]
internal sealed class StatusModel(AgencyDirectory agencies, FindWriterMessage find) : PageModel
{
    // Not "code": a form field of that name would also bind to the error page's status code when a post is refused.
    public const string QueryCodeField = "QueryCode";

    public Agency Agency { get; private set; } = null!;

    public string? Number { get; private set; }

    public string? Code { get; private set; }

    public string? NumberError { get; private set; }

    public string? CodeError { get; private set; }

    /// <summary>The one message for a wrong number or a wrong code.</summary>
    public string? LookupError { get; private set; }

    public Message? Message { get; private set; }

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
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Number = number?.Trim();
        Code = code?.Trim();
        Response.Headers.CacheControl = "no-store";
        NumberError = string.IsNullOrEmpty(Number) ? "请填写留言编号。" : null;
        CodeError = string.IsNullOrEmpty(Code) ? "请填写查询码。" : null;
        Message = NumberError is null && CodeError is null ? await find.HandleAsync(found.Id, Number, Code, cancellationToken) : null;
        if (Message is null)
        {
            LookupError = NumberError is null && CodeError is null ? FindWriterMessage.Refused : null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
