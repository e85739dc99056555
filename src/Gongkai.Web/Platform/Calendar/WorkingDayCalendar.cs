using System.Collections.ObjectModel;

namespace Gongkai.Web.Platform.Calendar;

public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> OfficialCalendar = new(
        () => new WorkingDayCalendar(OfficialHolidays.Load(), OfficialHolidays.Years),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly IReadOnlyList<CalendarDay> NoArrangements = [];

    private readonly Dictionary<DateOnly, CalendarDay> arrangements = [];
    private readonly Dictionary<int, ReadOnlyCollection<CalendarDay>> arrangementsByMonth = [];
    private readonly HashSet<int> loadedYears;

    public WorkingDayCalendar(IEnumerable<CalendarDay> days, IEnumerable<int> loadedYears)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(loadedYears);

        foreach (var day in days)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(days));
            arrangements[day.Date] = day;
        }

        foreach (var group in arrangements.Values.GroupBy(d => MonthKey(d.Date.Year, d.Date.Month)))
        {
            arrangementsByMonth[group.Key] = Array.AsReadOnly([.. group.OrderBy(d => d.Date)]);
        }

        this.loadedYears = [.. loadedYears];
        LoadedYears = new ReadOnlySet<int>(this.loadedYears);
    }

    public static WorkingDayCalendar Official => OfficialCalendar.Value;

    public IReadOnlySet<int> LoadedYears { get; }

    public bool IsWorkingDay(DateOnly date)
    {
        if (!loadedYears.Contains(date.Year))
        {
            throw new CalendarYearNotLoadedException(date.Year);
        }

        if (arrangements.TryGetValue(date, out var arrangement))
        {
            return !arrangement.IsOffDay;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The N-th working day after <paramref name="from"/> (see <see cref="WorkingDayCount.Add"/>).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days) => WorkingDayCount.Add(IsWorkingDay, from, days);

    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) => WorkingDayCount.Between(IsWorkingDay, fromExclusive, toInclusive);

    public IReadOnlyList<CalendarDay> ArrangementsIn(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);

        return arrangementsByMonth.TryGetValue(MonthKey(year, month), out var monthDays)
            ? monthDays
            : NoArrangements;
    }

    private static int MonthKey(int year, int month) => (year * 12) + month - 1;
}
