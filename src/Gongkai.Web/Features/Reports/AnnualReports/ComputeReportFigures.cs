using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Challenges;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// Tables 二 (documents), 三 and 四 of one agency's year taken from the records, by the definitions of ADR 0012:
/// 新收 = received in the year; 上年结转 = received before it and not concluded before 1 January; 办理结果 = concluded in
/// the year, by outcome; 结转下年度 = received by 31 December and not concluded by then. Concluded means decided: a
/// decision by staff or an automatic lapse (逾期未补正、逾期未缴费), both of which set the decision date. Voided cases
/// (已作废) never count.
/// </summary>
internal sealed class ComputeReportFigures(GongkaiDbContext db)
{
    /// <summary>规章 are promulgated by 令 (《规章制定程序条例》第二十七条); every other normative document is a 行政规范性文件.</summary>
    public const string RuleGenre = "命令（令）";

    public async Task<ReportFigures> HandleAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var period = new ReportPeriod(year);
        var figures = new ReportFigures();
        await ApplicationsAsync(figures, agencyId, period, cancellationToken);
        await ChallengesAsync(figures, agencyId, period, cancellationToken);
        await DocumentsAsync(figures, agencyId, period, cancellationToken);
        return figures;
    }

    private async Task ApplicationsAsync(ReportFigures figures, Guid agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var first = period.First;
        var last = period.Last;
        var cases = await db.Set<Application>().AsNoTracking()
            .Where(a => a.AgencyId == agencyId && a.Status != ApplicationStatus.Discarded && a.ReceivedOn != null && a.ReceivedOn <= last
                && (a.DecidedOn == null || a.DecidedOn >= first))
            .Select(a => new { a.ApplicantKind, ReceivedOn = a.ReceivedOn!.Value, a.DecidedOn, a.Outcome })
            .ToListAsync(cancellationToken);
        foreach (var c in cases)
        {
            figures.Add(ReportFormat.ApplicationKey(c.ReceivedOn >= first ? ReportFormat.NewRow : ReportFormat.CarriedRow, c.ApplicantKind));
            if (c.DecidedOn is { } decided && decided <= last && c.Outcome is { } outcome)
            {
                figures.Add(ReportFormat.ApplicationKey(ReportFormat.OutcomeRow(outcome), c.ApplicantKind));
            }
            else
            {
                figures.Add(ReportFormat.ApplicationKey(ReportFormat.NextRow, c.ApplicantKind));
            }
        }
    }

    /// <summary>Challenges filed in the year, with the result known on 31 December (尚未审结 when none yet).</summary>
    private async Task ChallengesAsync(ReportFigures figures, Guid agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var first = period.First;
        var last = period.Last;
        var challenges = await db.Set<Challenge>().AsNoTracking()
            .Where(c => c.AgencyId == agencyId && c.FiledOn >= first && c.FiledOn <= last)
            .Select(c => new { c.Kind, c.Result, c.ConcludedOn })
            .ToListAsync(cancellationToken);
        foreach (var c in challenges)
        {
            var result = c.ConcludedOn is { } concluded && concluded <= last ? c.Result : ChallengeResult.Pending;
            figures.Add(ReportFormat.ChallengeKey(c.Kind, result));
        }
    }

    /// <summary>
    /// 制发 = published in the year; 废止 = repealed or expired in the year; 现行有效 = published by 31 December and not
    /// repealed or expired by then (已修改 stays in force as amended). Withdrawn documents are not counted.
    /// </summary>
    private async Task DocumentsAsync(ReportFigures figures, Guid agencyId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var last = period.Last;
        var documents = await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.IsNormative && d.Status == DocumentStatus.Published && d.PublishedOn != null && d.PublishedOn <= last)
            .Select(d => new { d.Id, d.Genre, PublishedOn = d.PublishedOn!.Value, d.Validity, d.ExpiresOn })
            .ToListAsync(cancellationToken);
        var endedIds = documents.Where(d => d.Validity is Validity.Repealed or Validity.Expired).Select(d => d.Id).ToList();
        var changes = await db.Set<DocumentHistoryEntry>().AsNoTracking()
            .Where(h => endedIds.Contains(h.DocumentId) && h.Action == DocumentAction.Correct && h.Note.StartsWith("有效性："))
            .Select(h => new { h.DocumentId, h.At, h.Note })
            .ToListAsync(cancellationToken);
        foreach (var d in documents)
        {
            var kind = d.Genre == RuleGenre ? "rules" : "normative";
            if (period.Contains(d.PublishedOn))
            {
                figures.Add($"p.{kind}.made");
            }

            DateOnly? endedOn = null;
            if (d.Validity is Validity.Repealed or Validity.Expired)
            {
                // The last change of validity says when; a document lapsed by its expiry date ends the day after it.
                var change = changes.Where(c => c.DocumentId == d.Id && (c.Note.EndsWith("废止", StringComparison.Ordinal) || c.Note.EndsWith("失效", StringComparison.Ordinal)))
                    .OrderByDescending(c => c.At).FirstOrDefault();
                endedOn = change is not null ? BeijingTime.DateOf(change.At) : d.ExpiresOn?.AddDays(1);
            }

            if (endedOn is { } ended && period.Contains(ended))
            {
                figures.Add($"p.{kind}.repealed");
            }

            if (endedOn is not { } end || end > last)
            {
                figures.Add($"p.{kind}.valid");
            }
        }
    }
}
