namespace Gongkai.Web.Features.Applications.Challenges;

/// <summary>
/// 行政复议 or 行政诉讼 against a reply, counted in section 四 of the annual report. The result stays 尚未审结 until the
/// review body or court decides.
/// </summary>
public sealed class Challenge
{
    private Challenge()
    {
    }

    public Challenge(Guid id, Guid applicationId, Guid agencyId, ChallengeKind kind, DateOnly filedOn, string body, string caseNumber, DateTime now)
    {
        Id = id;
        ApplicationId = applicationId;
        AgencyId = agencyId;
        Kind = kind;
        FiledOn = filedOn;
        Body = (body ?? "").Trim();
        CaseNumber = (caseNumber ?? "").Trim();
        Result = ChallengeResult.Pending;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid AgencyId { get; private set; }
    public ChallengeKind Kind { get; private set; }
    public DateOnly FiledOn { get; private set; }

    /// <summary>The review body or the court.</summary>
    public string Body { get; private set; } = "";

    public string CaseNumber { get; private set; } = "";
    public ChallengeResult Result { get; private set; }
    public DateOnly? ConcludedOn { get; private set; }
    public string ResultNote { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Conclude(ChallengeResult result, DateOnly concludedOn, string note, DateOnly today, DateTime now)
    {
        if (result == ChallengeResult.Pending || !Enum.IsDefined(result))
        {
            throw new DomainException("请选择审结结果（维持、纠正或其他）。");
        }

        if (concludedOn > today || concludedOn < FiledOn)
        {
            throw new DomainException("审结日期应在提起日期和今天之间。");
        }

        Result = result;
        ConcludedOn = concludedOn;
        ResultNote = (note ?? "").Trim();
        UpdatedAt = now;
    }
}
