using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>Takes one action on a message for a member of staff; whether they may is the message's decision.</summary>
internal sealed class MoveMessage(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>False when the agency has no such message; a refused action throws a DomainException with the reason.</summary>
    public async Task<bool> HandleAsync(Guid agencyId, Guid messageId, MessageForm form, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var action = ApplicationInputCheck.ParseEnum<MessageAction>(form.Action) ?? throw new DomainException("未知的操作。");
        var message = await db.Set<Message>().Include(m => m.History).SingleOrDefaultAsync(m => m.Id == messageId && m.AgencyId == agencyId, cancellationToken);
        if (message is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = ChineseDate.Today(time);
        switch (action)
        {
            case MessageAction.Assign:
                var (department, handler) = await AssigneeAsync(agencyId, form, cancellationToken);
                message.Assign(actor, department.Id, department.Name, handler.Id, handler.DisplayName, now);
                break;
            case MessageAction.Answer:
                message.Reply(actor, form.Text ?? "", today, now);
                break;
            case MessageAction.Publish:
                message.Publish(actor, today, now);
                break;
            case MessageAction.Close:
                message.Close(actor, now);
                break;
            case MessageAction.Reject:
                message.Reject(actor, form.Text ?? "", now);
                break;
            default:
                throw new DomainException("未知的操作。");
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<(Department Department, StaffUser Handler)> AssigneeAsync(Guid agencyId, MessageForm form, CancellationToken cancellationToken)
    {
        var department = form.DepartmentId is { } departmentId
            ? await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId && d.AgencyId == agencyId, cancellationToken)
            : null;
        if (department is null)
        {
            throw new DomainException("请选择本机关的承办处室。");
        }

        var handlerId = form.HandlerId ?? Guid.Empty;
        var isHandler = await db.RoleGrants.AnyAsync(g => g.UserId == handlerId && g.AgencyId == agencyId && g.Role == StaffRole.Handler, cancellationToken);
        var handler = isHandler
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == handlerId && u.AgencyId == agencyId && !u.Disabled, cancellationToken)
            : null;
        return handler is null ? throw new DomainException("请选择本机关在岗的承办人。") : (department, handler);
    }
}
