using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff;

public enum DueKind
{
    /// <summary>即将到期: the publication deadline is within the warning window.</summary>
    DueSoon,

    /// <summary>已逾期: the publication deadline has passed.</summary>
    Overdue,

    /// <summary>定期审查到期: a registered document's review date has come.</summary>
    ReviewDue,
}

public sealed record DueItem(Guid Id, string Title, DocumentStatus Status, DateOnly DueOn, DueKind Kind);

public sealed record DuePanel(IReadOnlyList<DueItem> Items, DateOnly Today, DateOnly SoonUntil, string? Note)
{
    public IEnumerable<DueItem> Of(DueKind kind) => Items.Where(i => i.Kind == kind);
}

/// <summary>
/// What an agency must act on: 主动公开 documents not yet published whose 20-working-day deadline (条例第二十六条) is
/// near or past, and registered documents whose periodic review (定期审查) has come.
/// </summary>
public sealed class DueDocuments(GongkaiDbContext db, WorkingCalendar calendar, TimeProvider time)
{
    /// <summary>A deadline this many working days away or nearer shows as 即将到期.</summary>
    public const int WarningWorkingDays = 5;

    private const int MaxItems = 100;

    /// <summary>The statuses of a document not yet published: its 20-working-day deadline is still running.</summary>
    public static readonly IReadOnlyList<DocumentStatus> Unpublished =
        [DocumentStatus.Draft, DocumentStatus.OfficeReview, DocumentStatus.ConfidentialityReview, DocumentStatus.Approved, DocumentStatus.Scheduled];

    public async Task<DuePanel> HandleAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var today = ChineseDate.Today(time);
        string? note = null;
        DateOnly soonUntil;
        try
        {
            soonUntil = (await calendar.CurrentAsync(cancellationToken)).AddWorkingDays(today, WarningWorkingDays);
        }
        catch (CalendarYearNotLoadedException ex)
        {
            // Late in December the next year's arrangement may not be out yet: warn a week ahead meanwhile.
            soonUntil = today.AddDays(7);
            note = $"{ex.Message}“即将到期”暂按7个自然日提示。";
        }

        var publication = await AwaitingPublication(db.Set<Document>().AsNoTracking())
            .Where(d => d.AgencyId == agencyId && d.PublicationDueOn <= soonUntil)
            .OrderBy(d => d.PublicationDueOn)
            .Take(MaxItems)
            .Select(d => new { d.Id, d.Title, d.Status, d.PublicationDueOn })
            .ToListAsync(cancellationToken);
        var review = await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.Status == DocumentStatus.Registered && d.ReviewDueOn != null && d.ReviewDueOn <= today)
            .OrderBy(d => d.ReviewDueOn)
            .Take(MaxItems)
            .Select(d => new { d.Id, d.Title, d.Status, d.ReviewDueOn })
            .ToListAsync(cancellationToken);

        var items = publication
            .Select(d => new DueItem(d.Id, d.Title, d.Status, d.PublicationDueOn, Classify(d.PublicationDueOn, today, soonUntil) ?? DueKind.DueSoon))
            .Concat(review.Select(d => new DueItem(d.Id, d.Title, d.Status, d.ReviewDueOn!.Value, DueKind.ReviewDue)))
            .ToList();
        return new DuePanel(items, today, soonUntil, note);
    }

    /// <summary>条例第二十六条: the proactive documents whose publication deadline is running (not yet published).</summary>
    public static IQueryable<Document> AwaitingPublication(IQueryable<Document> documents)
    {
        var unpublished = Unpublished;
        return documents.Where(d => d.Attribute == DisclosureAttribute.Proactive && unpublished.Contains(d.Status));
    }

    /// <summary>Overdue once the deadline day has passed; due soon from <paramref name="soonUntil"/> on; otherwise nothing.</summary>
    public static DueKind? Classify(DateOnly dueOn, DateOnly today, DateOnly soonUntil) =>
        dueOn < today ? DueKind.Overdue
        : dueOn <= soonUntil ? DueKind.DueSoon
        : null;
}
