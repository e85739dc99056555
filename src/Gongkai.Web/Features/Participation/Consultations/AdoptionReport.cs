namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>意见采纳情况: how many approved comments were adopted, partly adopted and not adopted, with the reasons.</summary>
public sealed record AdoptionReport(int Received, int Adopted, int PartlyAdopted, int NotAdopted, IReadOnlyList<ConsultationComment> Answered)
{
    /// <summary>The report over the approved comments; refused comments are counted as received but not answered.</summary>
    public static AdoptionReport Of(IReadOnlyCollection<ConsultationComment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var answered = comments.Where(c => c.Status == CommentStatus.Approved && c.Answer is not null).OrderBy(c => c.SubmittedAt).ToList();
        return new AdoptionReport(
            comments.Count,
            answered.Count(c => c.Answer == CommentAnswer.Adopted),
            answered.Count(c => c.Answer == CommentAnswer.PartlyAdopted),
            answered.Count(c => c.Answer == CommentAnswer.NotAdopted),
            answered);
    }
}
