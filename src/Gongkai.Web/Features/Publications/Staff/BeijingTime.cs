using System.Globalization;

namespace Gongkai.Web.Features.Publications.Staff;

/// <summary>
/// Instants are stored in UTC; staff read and type them in Beijing time. China has one time zone and no daylight saving
/// since 1991, so a fixed offset is exact and needs no time-zone database.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>The Beijing calendar date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(AsUtc(utc) + Offset);

    /// <summary>2026-03-02 09:30 (Beijing time) for a UTC instant.</summary>
    public static string Format(DateTime utc) => (AsUtc(utc) + Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value of a datetime-local input showing the instant in Beijing time.</summary>
    public static string ToInput(DateTime utc) => (AsUtc(utc) + Offset).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a Beijing date and time as typed (a datetime-local input) and returns the UTC instant.</summary>
    public static DateTime ParseToUtc(string? text, string field)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
        {
            throw new DomainException($"请填写{field}。");
        }

        if (!DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new DomainException($"{field}格式不正确，应如“2026-03-02 09:30”。");
        }

        return DateTime.SpecifyKind(local - Offset, DateTimeKind.Utc);
    }

    // SQLite gives back instants without a kind; they were written as UTC.
    private static DateTime AsUtc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
