using Gongkai.Web.Features.Applications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>
/// The gate for what the public sees of the mailbox: published messages only, the writer's name masked, no contact.
/// </summary>
internal sealed class PublishedReplies(GongkaiDbContext db)
{
    public const int PageSize = 10;

    public async Task<ReplyPage> HandleAsync(Guid agencyId, string? words, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Message>().AsNoTracking()
            .Where(m => m.AgencyId == agencyId && m.Status == MessageStatus.Published && !m.KeepPrivate);
        var q = (words ?? "").Trim();
        if (q.Length > 0)
        {
            q = q.Length > 50 ? q[..50] : q;
            query = query.Where(m => m.Subject.Contains(q) || m.Body.Contains(q) || m.Answer.Contains(q));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var rows = await query
            .OrderByDescending(m => m.PublishedOn).ThenByDescending(m => m.Number)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(m => new { m.Number, m.Box, m.Category, m.Subject, m.Body, m.WriterName, m.ReceivedOn, m.Answer, m.AnsweredOn, m.DepartmentName })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new PublishedReply(
            r.Number, r.Box, r.Category, r.Subject, r.Body, Masking.Name(r.WriterName), r.ReceivedOn, r.Answer, r.AnsweredOn, r.DepartmentName)).ToList();
        return new ReplyPage(items, current, pageCount, total, q);
    }
}

public sealed record PublishedReply(
    string Number, MessageBox Box, MessageCategory Category, string Subject, string Body, string MaskedWriter, DateOnly ReceivedOn,
    string Answer, DateOnly? AnsweredOn, string DepartmentName);

public sealed record ReplyPage(IReadOnlyList<PublishedReply> Items, int Page, int PageCount, int Total, string Words);
