using System.Globalization;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// The dates a statistics page covers, both days included, in Beijing time. At most <see cref="MaxYears"/> years: the
/// figures are counted over rows projected into memory (see <see cref="DocumentStatistics"/>), and the bound keeps
/// that list, and the time a request holds a database connection, small.
/// </summary>
public sealed record StatisticsRange(DateOnly From, DateOnly To)
{
    public const int MaxYears = 3;

    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>This year to date: the default when the page opens.</summary>
    public static StatisticsRange YearToDate(DateOnly today) => new(new DateOnly(today.Year, 1, 1), today);

    /// <summary>The first instant of <see cref="From"/> in Beijing, as UTC (instants are stored in UTC).</summary>
    public DateTime StartUtc => DateTime.SpecifyKind(From.ToDateTime(TimeOnly.MinValue) - BeijingTime.Offset, DateTimeKind.Utc);

    /// <summary>The first instant after <see cref="To"/> in Beijing, as UTC.</summary>
    public DateTime EndUtcExclusive => DateTime.SpecifyKind(To.AddDays(1).ToDateTime(TimeOnly.MinValue) - BeijingTime.Offset, DateTimeKind.Utc);

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>2026年1月1日至2026年12月7日</summary>
    public string Describe() => $"{ChineseDate.Format(From)}至{ChineseDate.Format(To)}";

    public string FromText => From.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string ToText => To.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string ToQuery() => $"from={FromText}&to={ToText}";

    /// <summary>
    /// Reads the filter as typed. Both fields empty means this year to date; one empty takes that end of the default.
    /// Errors are keyed by field name and in Chinese.
    /// </summary>
    public static RangeReading Read(string? from, string? to, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var defaults = YearToDate(today);
        var start = ParseDate(from, "开始日期", "from", errors) ?? defaults.From;
        var end = ParseDate(to, "结束日期", "to", errors) ?? defaults.To;
        if (errors.Count == 0 && end < start)
        {
            errors["to"] = "结束日期不能早于开始日期。";
        }

        if (errors.Count == 0 && end >= start.AddYears(MaxYears))
        {
            errors["to"] = $"统计区间最长{MaxYears}年，请缩短区间或分段查看。";
        }

        return new RangeReading(errors.Count == 0 ? new StatisticsRange(start, end) : null, errors, (from ?? "").Trim(), (to ?? "").Trim());
    }

    private static DateOnly? ParseDate(string? text, string label, string field, Dictionary<string, string> errors)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 2000)
        {
            return date;
        }

        errors[field] = $"{label}格式不正确，应如“2026-01-01”。";
        return null;
    }
}

/// <summary>The range as read from the filter, or the errors beside each field with what was typed kept.</summary>
public sealed record RangeReading(StatisticsRange? Range, IReadOnlyDictionary<string, string> Errors, string FromTyped, string ToTyped)
{
    public bool IsValid => Range is not null;
}
