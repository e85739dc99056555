using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>The agency's messages for the back office: all for the disclosure office, a handler's own for a handler.</summary>
internal sealed class MessageList(GongkaiDbContext db, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<MessageListPage> HandleAsync(Guid agencyId, MessageFilter filter, StaffActor actor, int page, CancellationToken cancellationToken = default)
    {
        var today = ChineseDate.Today(time);
        var query = db.Set<Message>().AsNoTracking().Where(m => m.AgencyId == agencyId);
        if (!actor.Holds(StaffRole.DisclosureOfficer))
        {
            query = query.Where(m => m.HandlerId == actor.Id);
        }

        if (filter.BoxValue is { } box)
        {
            query = query.Where(m => m.Box == box);
        }

        if (filter.StatusValue is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (filter.Overdue)
        {
            query = query.Where(m => (m.Status == MessageStatus.Received || m.Status == MessageStatus.Assigned) && m.DueOn < today);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderByDescending(m => m.ReceivedOn).ThenByDescending(m => m.Number)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(m => new { m.Id, m.Number, m.Box, m.Category, m.Subject, m.WriterName, m.Phone, m.ReceivedOn, m.DueOn, m.Status, m.HandlerName })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new MessageRow(
            r.Id, r.Number, r.Box, r.Category, r.Subject, r.WriterName, Masking.Phone(r.Phone), r.ReceivedOn, r.DueOn, r.Status, r.HandlerName,
            MessageDeadline.Overdue(r.Status, r.DueOn, today), MessageDeadline.FailsNationalCheck(r.Status, r.ReceivedOn, today))).ToList();
        return new MessageListPage(items, current, pageCount, total);
    }
}

public sealed record MessageRow(
    Guid Id, string Number, MessageBox Box, MessageCategory Category, string Subject, string WriterName, string MaskedPhone,
    DateOnly ReceivedOn, DateOnly DueOn, MessageStatus Status, string HandlerName, bool Overdue, bool NationalCheckRisk);

public sealed record MessageListPage(IReadOnlyList<MessageRow> Items, int Page, int PageCount, int Total);
