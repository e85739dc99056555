using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Participation.Mailbox.Public;

/// <summary>留言选登: the published questions and answers, newest first, with a search box.</summary>
internal sealed class RepliesModel(AgencyDirectory agencies, PublishedReplies replies) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public ReplyPage Replies { get; private set; } = null!;

    public PageLinks Pages => new(Replies.Page, Replies.PageCount, MailboxUrls.Replies(Agency.Code),
        Replies.Words.Length == 0 ? "" : $"q={Uri.EscapeDataString(Replies.Words)}");

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery(Name = "q")] string? words, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Replies = await replies.HandleAsync(found.Id, words, pageNumber ?? 1, HttpContext.RequestAborted);
        return Page();
    }
}
