namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>An agency's rules for consultations; until its administrator changes them, the defaults apply.</summary>
public sealed class ConsultationSettings
{
    /// <summary>Normative documents are generally open for comment for not less than 30 days.</summary>
    public const int DefaultMinimumDays = 30;

    private ConsultationSettings()
    {
    }

    public ConsultationSettings(Guid agencyId)
    {
        AgencyId = agencyId;
        MinimumDays = DefaultMinimumDays;
        ModerateComments = true;
    }

    public Guid AgencyId { get; private set; }
    public int MinimumDays { get; private set; }

    /// <summary>When on, a comment is shown only once staff approve it.</summary>
    public bool ModerateComments { get; private set; }

    public void Change(int minimumDays, bool moderateComments)
    {
        if (minimumDays is < 1 or > 365)
        {
            throw new DomainException("最短征求意见期限应为1至365日。");
        }

        MinimumDays = minimumDays;
        ModerateComments = moderateComments;
    }
}
