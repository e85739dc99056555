using System.Collections.Frozen;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Calendar;

/// <summary>The shipped official arrangements by date, to tell an administrator's correction from a new entry.</summary>
internal static class OfficialArrangements
{
    private static readonly Lazy<FrozenDictionary<DateOnly, CalendarDay>> ByDate = new(
        () => OfficialHolidays.Load().GroupBy(d => d.Date).ToFrozenDictionary(g => g.Key, g => g.Last()));

    public static CalendarDay? On(DateOnly date) => ByDate.Value.GetValueOrDefault(date);

    public static IEnumerable<CalendarDay> In(int year) =>
        ByDate.Value.Values.Where(d => d.Date.Year == year).OrderBy(d => d.Date);
}
