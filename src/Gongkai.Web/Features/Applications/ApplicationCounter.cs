namespace Gongkai.Web.Features.Applications;

/// <summary>The last serial given per agency, year and kind of number; a concurrency token stops two cases sharing one.</summary>
public sealed class ApplicationCounter
{
    private ApplicationCounter()
    {
    }

    public ApplicationCounter(Guid agencyId, int year, CounterKind kind)
    {
        AgencyId = agencyId;
        Year = year;
        Kind = kind;
    }

    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public CounterKind Kind { get; private set; }
    public int LastSerial { get; private set; }

    public int Next() => ++LastSerial;
}

/// <summary>Stored numbers.</summary>
public enum CounterKind
{
    Application = 1,
    ReplyLetter = 2,
}
