namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The result of a 行政复议 or 行政诉讼 as typed on the case page.</summary>
public sealed class ChallengeConclusionForm
{
    public Guid? ChallengeId { get; set; }
    public string? Result { get; set; }

    /// <summary>The day it was decided (yyyy-MM-dd).</summary>
    public string? ConcludedOn { get; set; }

    public string? Note { get; set; }
}
