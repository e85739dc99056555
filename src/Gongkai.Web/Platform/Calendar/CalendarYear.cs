namespace Gongkai.Web.Platform.Calendar;

/// <summary>A year whose arrangement a platform administrator has entered completely, so deadlines may be computed in it.</summary>
public sealed class CalendarYear
{
    private CalendarYear()
    {
    }

    public CalendarYear(int year, string confirmedBy, DateTime confirmedAt)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("年份应在2000至2100之间。");
        }

        Year = year;
        ConfirmedBy = confirmedBy;
        ConfirmedAt = confirmedAt;
    }

    public int Year { get; private set; }
    public string ConfirmedBy { get; private set; } = "";
    public DateTime ConfirmedAt { get; private set; }
}
