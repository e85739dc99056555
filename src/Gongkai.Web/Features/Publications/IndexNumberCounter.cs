namespace Gongkai.Web.Features.Publications;

/// <summary>The last serial given per agency and year; it only grows, so an index number is never reused.</summary>
public sealed class IndexNumberCounter
{
    private IndexNumberCounter()
    {
    }

    public IndexNumberCounter(Guid agencyId, int year)
    {
        AgencyId = agencyId;
        Year = year;
    }

    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public int LastSerial { get; private set; }

    public int Next() => ++LastSerial;
}
