namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Applications: those received in the range by channel and applicant type, those decided in the range by outcome, and
/// the timeliness of those replied in the range.
/// </summary>
public sealed record ApplicationFigures(
    int Received,
    IReadOnlyList<CountRow> ByChannel,
    IReadOnlyList<CountRow> ByApplicant,
    int Decided,
    IReadOnlyList<OutcomeGroup> Outcomes,
    ReplyTimeliness Timeliness);

/// <summary>One group of outcomes (予以公开 … 其他处理) with its total and each outcome row of the annual report.</summary>
public sealed record OutcomeGroup(string Name, int Count, IReadOnlyList<CountRow> Rows);

/// <summary>Replies in the range: how many, how many on or before their due date, and the median working days taken.</summary>
public sealed record ReplyTimeliness(int Replied, int WithinLimit, decimal? MedianWorkingDays)
{
    public string Share => StatisticsMath.FormatShare(WithinLimit, Replied);
}
