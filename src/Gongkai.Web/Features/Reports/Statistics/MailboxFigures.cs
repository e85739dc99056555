namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>Mailbox and inquiry messages received in the range, and how fast they were answered.</summary>
public sealed record MailboxFigures(int Received, int Answered, int AnsweredWithinLimit, decimal? MedianWorkingDays, int UnansweredOverThreeMonths)
{
    public int Unanswered => Received - Answered;

    public string Share => StatisticsMath.FormatShare(AnsweredWithinLimit, Answered);
}
