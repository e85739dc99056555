using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>Every section of the statistics for one scope and range: what the page shows and the workbook holds.</summary>
public sealed class ComputeStatistics(
    DocumentStatistics documents,
    ApplicationStatistics applications,
    InterpretationStatistics interpretations,
    ConsultationStatistics consultations,
    MailboxStatistics mailbox,
    AgencyBreakdown breakdown,
    TimeProvider time)
{
    public async Task<StatisticsReport> HandleAsync(StatisticsScope scope, StatisticsRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // One DbContext is not safe for concurrent queries: the sections run one after another.
        var documentFigures = await documents.HandleAsync(scope, range, cancellationToken);
        var applicationFigures = await applications.HandleAsync(scope, range, cancellationToken);
        var coverage = await interpretations.HandleAsync(scope, range, cancellationToken);
        var consultationFigures = await consultations.HandleAsync(scope, range, cancellationToken);
        var mailboxFigures = await mailbox.HandleAsync(scope, range, cancellationToken);
        IReadOnlyList<AgencyRow> agencies = scope.IsPlatform ? await breakdown.HandleAsync(range, cancellationToken) : [];
        return new StatisticsReport(scope, range, ChineseDate.Today(time), documentFigures, applicationFigures, coverage, consultationFigures, mailboxFigures, agencies);
    }
}
