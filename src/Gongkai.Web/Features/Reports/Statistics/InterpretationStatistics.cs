using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Interpretation coverage of the policy documents published in the range: a document counts as interpreted when at
/// least one published interpretation is linked to it, and as interpreted in time when the first of them came out by
/// the 3rd working day after the document (<see cref="InterpretationDeadline"/>).
/// </summary>
public sealed class InterpretationStatistics(GongkaiDbContext db, WorkingCalendar workingCalendar)
{
    public async Task<InterpretationCoverage> HandleAsync(StatisticsScope scope, StatisticsRange range, CancellationToken cancellationToken = default)
    {
        var documents = await PolicyDocuments(db, scope, range).Select(d => new { d.Id, d.AgencyId, d.PublishedOn }).ToListAsync(cancellationToken);
        var firstInterpretations = await FirstInterpretationsAsync(db, scope, range, cancellationToken);
        var calendar = await workingCalendar.CurrentAsync(cancellationToken);
        var interpreted = documents.Where(d => firstInterpretations.ContainsKey(d.Id)).ToList();
        var inTime = interpreted.Count(d => firstInterpretations[d.Id] <= InterpretationDeadline.DueOn(calendar, d.PublishedOn));
        return new InterpretationCoverage(documents.Count, interpreted.Count, inTime);
    }

    /// <summary>谁起草、谁解读: normative documents and those the drafter marked 需要解读.</summary>
    public static IQueryable<Document> PolicyDocuments(GongkaiDbContext db, StatisticsScope scope, StatisticsRange range) =>
        DocumentStatistics.Published(db, scope, range).Where(d => d.IsNormative || d.NeedsInterpretation);

    /// <summary>For each policy document of the range that has one, the publication date of its first published interpretation.</summary>
    public static async Task<Dictionary<Guid, DateOnly>> FirstInterpretationsAsync(
        GongkaiDbContext db, StatisticsScope scope, StatisticsRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var links = await (
            from link in db.Set<InterpretedDocument>().AsNoTracking()
            join interpretation in db.Set<Interpretation>().AsNoTracking() on link.InterpretationId equals interpretation.Id
            join document in PolicyDocuments(db, scope, range) on link.DocumentId equals document.Id
            where interpretation.Status == InterpretationStatus.Published && interpretation.PublishedOn != null
            select new { link.DocumentId, PublishedOn = interpretation.PublishedOn!.Value })
            .ToListAsync(cancellationToken);
        return links.GroupBy(l => l.DocumentId).ToDictionary(g => g.Key, g => g.Min(l => l.PublishedOn));
    }
}
