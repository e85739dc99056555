using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>条例第二十六条 deadlines of proactive documents not yet published, counted again on the changed calendar.</summary>
internal sealed class RecomputePublicationDeadlines(GongkaiDbContext db) : IRecomputeDeadlines
{
    private static readonly DocumentStatus[] Unpublished =
        [DocumentStatus.Draft, DocumentStatus.OfficeReview, DocumentStatus.ConfidentialityReview, DocumentStatus.Approved, DocumentStatus.Scheduled];

    public async Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var documents = await db.Set<Document>()
            .Where(d => d.Attribute == DisclosureAttribute.Proactive && Unpublished.Contains(d.Status))
            .ToListAsync(cancellationToken);
        foreach (var document in documents)
        {
            document.RescheduleDeadline(PublicationDeadline.DueOn(calendar, document.WrittenOn));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
