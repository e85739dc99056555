using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Publications.Import;

/// <summary>
/// Documents that were published before they came into the platform (an old site's, the demo's) go through the same
/// workflow, dated on the day they were really published, so that lists ordered by publication show them where they belong.
/// </summary>
internal static class AlreadyPublished
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>The UTC instant of <paramref name="hour"/> o'clock Beijing time on the date.</summary>
    public static DateTime At(DateOnly date, int hour = 9, int minute = 0) =>
        DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(hour, minute)) - BeijingOffset, DateTimeKind.Utc);

    /// <summary>An instant as staff read it: Beijing time, to the minute.</summary>
    public static string BeijingTime(DateTime utc) =>
        (utc + BeijingOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
