namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>A report's calendar year, 1 January to 31 December (Beijing dates).</summary>
public readonly record struct ReportPeriod(int Year)
{
    public DateOnly First => new(Year, 1, 1);

    public DateOnly Last => new(Year, 12, 31);

    public bool Contains(DateOnly date) => date.Year == Year;
}
