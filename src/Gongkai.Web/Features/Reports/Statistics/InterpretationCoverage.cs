namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Of the policy documents published in the range (normative documents and those marked 需要解读), how many have a
/// published interpretation, and how many had it within 3 working days of the document (国办发〔2016〕19号).
/// </summary>
public sealed record InterpretationCoverage(int PolicyDocuments, int Interpreted, int InterpretedInTime)
{
    public int NotInterpreted => PolicyDocuments - Interpreted;

    public string Share => StatisticsMath.FormatShare(Interpreted, PolicyDocuments);

    public string InTimeShare => StatisticsMath.FormatShare(InterpretedInTime, PolicyDocuments);
}
