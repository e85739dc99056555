namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>The last message serial given per agency and year; a concurrency token stops two messages sharing one.</summary>
public sealed class MessageCounter
{
    private MessageCounter()
    {
    }

    public MessageCounter(Guid agencyId, int year)
    {
        AgencyId = agencyId;
        Year = year;
    }

    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public int LastSerial { get; private set; }

    public int Next() => ++LastSerial;
}
