namespace Gongkai.Web.Features.Applications;

/// <summary>征求意见 of a third party (条例第三十二条) or another agency (第三十四条) on one case.</summary>
public sealed class ApplicationConsultation
{
    private ApplicationConsultation()
    {
    }

    internal ApplicationConsultation(Guid applicationId, ConsultedParty party, string partyName, string matter, DateOnly sentOn, DateOnly dueOn)
    {
        Id = Guid.NewGuid();
        ApplicationId = applicationId;
        Party = party;
        PartyName = partyName;
        Matter = matter;
        SentOn = sentOn;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public ConsultedParty Party { get; private set; }
    public string PartyName { get; private set; } = "";
    public string Matter { get; private set; } = "";
    public DateOnly SentOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>The answer as recorded, or that the party let the period pass (条例第三十二条: the agency then decides).</summary>
    public string Answer { get; private set; } = "";

    public bool IsOpen => AnsweredOn is null;

    internal void Close(DateOnly answeredOn, string answer)
    {
        AnsweredOn = answeredOn;
        Answer = answer;
    }

    internal void Reschedule(DateOnly dueOn) => DueOn = dueOn;
}

/// <summary>Stored numbers.</summary>
public enum ConsultedParty
{
    ThirdParty = 1,
    OtherAgency = 2,
}

public static class ConsultedPartyText
{
    public static string ToChinese(this ConsultedParty party) => party switch
    {
        ConsultedParty.ThirdParty => "第三方",
        ConsultedParty.OtherAgency => "其他机关",
        _ => party.ToString(),
    };
}
