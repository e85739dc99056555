namespace Gongkai.Web.Platform.Search;

/// <summary>
/// An item's key orders the index by publication date: the day number in the high bits and a counter within the day
/// below, so "newest first" is the engines' own descending key order and a year is a key range.
/// </summary>
public static class SearchKeys
{
    private const int DayShift = 20;

    public static long FirstOf(DateOnly day) => (long)day.DayNumber << DayShift;

    public static long LastOf(DateOnly day) => FirstOf(day) + (1L << DayShift) - 1;

    public static DateOnly DayOf(long key) => DateOnly.FromDayNumber((int)(key >> DayShift));
}
