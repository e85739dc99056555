using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Interpretations.Staff;

public sealed record InterpretationRow(Guid Id, string Title, InterpretationForm Form, InterpretationStatus Status, string DrafterName, DateOnly? DueOn, DateOnly? PublishedOn, DateTime UpdatedAt)
{
    /// <summary>Not yet published and past the 3 working days after its document.</summary>
    public bool IsOverdue(DateOnly today) => InterpretationDeadline.Overdue(Status, DueOn, today);

    public bool PublishedLate => InterpretationDeadline.PublishedLate(DueOn, PublishedOn);

    public bool IsPending => Status is not (InterpretationStatus.Published or InterpretationStatus.Withdrawn) && DueOn is not null;
}

public sealed record InterpretationListPage(int Total, int Page, int PageSize, IReadOnlyList<InterpretationRow> Items, IReadOnlyDictionary<InterpretationStatus, int> CountByStatus, DateOnly Today)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One page of an agency's interpretations, newest change first, each with its deadline from its earliest published document.</summary>
public sealed class InterpretationList(GongkaiDbContext db, WorkingCalendar calendar, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<InterpretationListPage> HandleAsync(Guid agencyId, InterpretationStatus? status, int page, CancellationToken cancellationToken = default)
    {
        var all = db.Set<Interpretation>().AsNoTracking().Where(i => i.AgencyId == agencyId);
        var counts = await all.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = status is { } wanted ? all.Where(i => i.Status == wanted) : all;
        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));

        var links = db.Set<InterpretedDocument>();
        var documents = db.Set<Document>().Where(d => d.Status == DocumentStatus.Published);
        var rows = await query
            .OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new
            {
                i.Id, i.Title, i.Form, i.Status, i.DrafterName, i.PublishedOn, i.UpdatedAt,
                DocumentPublishedOn = documents.Where(d => links.Any(l => l.InterpretationId == i.Id && l.DocumentId == d.Id)).Min(d => d.PublishedOn),
            })
            .ToListAsync(cancellationToken);
        var working = await calendar.CurrentAsync(cancellationToken);
        var items = rows.Select(r => new InterpretationRow(r.Id, r.Title, r.Form, r.Status, r.DrafterName,
            InterpretationDeadline.DueOn(working, r.DocumentPublishedOn), r.PublishedOn, r.UpdatedAt)).ToList();
        return new InterpretationListPage(total, page, PageSize, items, counts, BeijingTime.DateOf(time.GetUtcNow().UtcDateTime));
    }
}
