namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>How many things fell in one calendar month.</summary>
public sealed record MonthCount(int Year, int Month, int Count)
{
    /// <summary>2026年3月</summary>
    public string Label => Platform.Calendar.ChineseDate.FormatMonth(Year, Month);

    /// <summary>
    /// One bucket for every month the range touches, empty months included (a chart with a gap tells the truth), dates
    /// outside the range ignored.
    /// </summary>
    public static IReadOnlyList<MonthCount> Buckets(StatisticsRange range, IEnumerable<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(range);
        var counts = dates.Where(range.Contains).GroupBy(d => (d.Year, d.Month)).ToDictionary(g => g.Key, g => g.Count());
        var buckets = new List<MonthCount>();
        for (var month = new DateOnly(range.From.Year, range.From.Month, 1); month <= range.To; month = month.AddMonths(1))
        {
            buckets.Add(new MonthCount(month.Year, month.Month, counts.GetValueOrDefault((month.Year, month.Month))));
        }

        return buckets;
    }
}
