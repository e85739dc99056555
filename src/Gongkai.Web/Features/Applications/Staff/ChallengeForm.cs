namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>A 行政复议 or 行政诉讼 as typed on the case page; every field a string, kept on error.</summary>
public sealed class ChallengeForm
{
    public string? Kind { get; set; }

    /// <summary>The day it was filed (yyyy-MM-dd).</summary>
    public string? FiledOn { get; set; }

    /// <summary>The review body or the court.</summary>
    public string? Body { get; set; }

    public string? CaseNumber { get; set; }
}
