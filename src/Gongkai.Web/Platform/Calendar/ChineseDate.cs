namespace Gongkai.Web.Platform.Calendar;

/// <summary>Dates as Chinese readers write them: 2024年10月30日（星期三）. Spelled out rather than taken from a culture, so the text never depends on the server's ICU data.</summary>
public static class ChineseDate
{
    // China has kept UTC+8 all year since 1991, so a fixed offset is exact for any date the platform handles.
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    // Indexed by DayOfWeek, which starts on Sunday.
    private static readonly string[] WeekdayNumerals = ["日", "一", "二", "三", "四", "五", "六"];

    /// <summary>2024年10月30日</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>2024年10月30日（星期三）</summary>
    public static string FormatWithWeekday(DateOnly date) => $"{Format(date)}（{Weekday(date.DayOfWeek)}）";

    /// <summary>星期三</summary>
    public static string Weekday(DayOfWeek day) => "星期" + ShortWeekday(day);

    /// <summary>三 (a column heading of a month table)</summary>
    public static string ShortWeekday(DayOfWeek day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan((int)day, (int)DayOfWeek.Sunday, nameof(day));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)day, (int)DayOfWeek.Saturday, nameof(day));
        return WeekdayNumerals[(int)day];
    }

    /// <summary>2027年1月</summary>
    public static string FormatMonth(int year, int month) => $"{year}年{month}月";

    /// <summary>Today's date in Beijing time, whatever the server's time zone.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().ToOffset(BeijingOffset).DateTime);
    }
}
