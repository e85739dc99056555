using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>One message in the back office: what was written and by whom, the deadline, the answer, the history, and the actions the signed-in member of staff may take.</summary>
internal sealed class DetailsModel(AgencyDirectory agencies, GongkaiDbContext db, MoveMessage move, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public StaffActor Actor { get; private set; } = null!;
    public Message Message { get; private set; } = null!;
    public IReadOnlyList<MessageAction> Actions { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Handlers { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public MessageForm Form { get; private set; } = new();
    public string? FailedAction { get; private set; }
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/mailbox";
    public string MessageUrl => $"{BaseUrl}/{Message.Id}";

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, string? done)
    {
        if (await EnterAsync(agency, id) is { } refused)
        {
            return refused;
        }

        Notice = ApplicationInputCheck.ParseEnum<MessageAction>(done) is { } action ? $"已完成“{action.ToChinese()}”。" : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] MessageForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await EnterAsync(agency, id) is { } refused)
        {
            return refused;
        }

        try
        {
            if (ModelState.Any(e => e.Value is { Errors.Count: > 0 }))
            {
                throw new DomainException("请选择本机关的承办处室和在岗的承办人。");
            }

            if (form.Text is { Length: > Message.MaxAnswer })
            {
                throw new DomainException($"填写的内容不能超过{Message.MaxAnswer}个字。");
            }

            if (!await move.HandleAsync(Agency.Id, id, form, Actor, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Form = form;
            FailedAction = form.Action;
            Error = ex.Message;
            await LoadAsync(id);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"{BaseUrl}/{id}?done={form.Action}");
    }

    public string? Typed(MessageAction action, string? value) => string.Equals(FailedAction, action.ToString(), StringComparison.Ordinal) ? value : null;

    public bool Overdue => MessageDeadline.Overdue(Message.Status, Message.DueOn, Today);

    public bool NationalCheckRisk => MessageDeadline.FailsNationalCheck(Message.Status, Message.ReceivedOn, Today);

    // Who may work on messages at all, then whether this agency has the message, then whether this member of staff may open it.
    private async Task<IActionResult?> EnterAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        Actor = User.ToStaffActor(found.Id);
        if (!MailboxAccess.CanList(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return MailboxAccess.CanOpen(Actor, Message) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var message = await db.Set<Message>().AsNoTracking().Include(m => m.History)
            .SingleOrDefaultAsync(m => m.Id == id && m.AgencyId == Agency.Id, HttpContext.RequestAborted);
        if (message is null)
        {
            return false;
        }

        Message = message;
        Today = ChineseDate.Today(time);
        Actions = [.. MessageWorkflow.Open(message.Status, Actor.Roles)
            .Where(a => a != MessageAction.Answer || Actor.Holds(StaffRole.DisclosureOfficer) || message.HandlerId == Actor.Id)
            .Where(a => a != MessageAction.Publish || !message.KeepPrivate)];
        if (Actions.Contains(MessageAction.Assign))
        {
            Departments = await db.Departments.AsNoTracking().Where(d => d.AgencyId == Agency.Id).OrderBy(d => d.SortOrder).ToListAsync(HttpContext.RequestAborted);
            var handlerIds = db.RoleGrants.Where(g => g.AgencyId == Agency.Id && g.Role == StaffRole.Handler).Select(g => g.UserId);
            var handlers = await db.Users.AsNoTracking().Where(u => u.AgencyId == Agency.Id && !u.Disabled && handlerIds.Contains(u.Id))
                .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(HttpContext.RequestAborted);
            Handlers = [.. handlers.Select(h => (h.Id, h.DisplayName))];
        }

        return true;
    }
}
