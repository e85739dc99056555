using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Public;
using Gongkai.Web.Features.Publications.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>信箱与咨询: the agency's messages the signed-in member of staff works on, filtered and paged.</summary>
internal sealed class IndexModel(AgencyDirectory agencies, MessageList list) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public MessageFilter Filter { get; private set; } = new();
    public MessageListPage Messages { get; private set; } = null!;

    public string BaseUrl => $"/admin/{Agency.Code}/mailbox";

    public PageLinks Pages => new(Messages.Page, Messages.PageCount, BaseUrl, Filter.ToQuery());

    public async Task<IActionResult> OnGetAsync(string agency, [FromQuery] MessageFilter filter, [FromQuery(Name = "page")] int? pageNumber)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        var actor = User.ToStaffActor(found.Id);
        if (!MailboxAccess.CanList(actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = found;
        Filter = filter ?? new MessageFilter();
        Messages = await list.HandleAsync(found.Id, Filter, actor, pageNumber ?? 1, HttpContext.RequestAborted);
        return Page();
    }
}
