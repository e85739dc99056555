namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>One agency's line of the platform's breakdown table.</summary>
public sealed record AgencyRow(
    string Code, string Name, int Documents, int Applications, int Replied, int RepliedWithinLimit,
    int PolicyDocuments, int Interpreted, int Comments, int Messages, int MessagesAnswered)
{
    public string ReplyShare => StatisticsMath.FormatShare(RepliedWithinLimit, Replied);

    public string CoverageShare => StatisticsMath.FormatShare(Interpreted, PolicyDocuments);
}
