using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Participation.Mailbox.Public;

/// <summary>The receipt after writing: the message number and the query code, shown this once.</summary>
internal sealed class ReceivedModel(AgencyDirectory agencies) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public string? Number { get; private set; }

    public string? Code { get; private set; }

    /// <summary>Accepted without a receipt to show (the honeypot was filled).</summary>
    public bool Received { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        // TempData reads back strings that look like a Guid as a Guid: ToString() either way.
        Number = TempData[MailboxReceipt.Number]?.ToString();
        Code = TempData[MailboxReceipt.Code]?.ToString();
        Received = TempData[MailboxReceipt.Received] is not null;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
