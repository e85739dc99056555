namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// Consultations opened in the range, and the comments received in the range: how moderation and the adoption report
/// treated them so far.
/// </summary>
public sealed record ConsultationFigures(
    int Opened, int CommentsReceived, int Approved, int Refused, int Pending, int Adopted, int PartlyAdopted, int NotAdopted)
{
    public int Answered => Adopted + PartlyAdopted + NotAdopted;

    /// <summary>采纳率: adopted in whole or in part, of the comments answered.</summary>
    public string AdoptionShare => StatisticsMath.FormatShare(Adopted + PartlyAdopted, Answered);
}
