using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Gongkai.Web.Features.Calendar;

/// <summary>Reads the date and day-count text that the public calculator and the API receive, with the Chinese message for each mistake.</summary>
internal static class CalendarInput
{
    public const int MaxDays = 1000;

    // The years an arrangement can exist for (see CalendarYear); anything outside is a typing mistake, not a question.
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool TryParseDate(string? text, string label, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = $"请填写{label}。";
            return false;
        }

        if (!DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = $"{label}格式不正确，请按“年-月-日”填写，例如 2024-09-27。";
            return false;
        }

        if (date < Earliest || date > Latest)
        {
            error = $"{label}应在{Earliest.Year}年1月1日至{Latest.Year}年12月31日之间。";
            return false;
        }

        error = null;
        return true;
    }

    public static bool TryParseDays(string? text, out int days, [NotNullWhen(false)] out string? error)
    {
        days = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = "请填写工作日数。";
            return false;
        }

        var negative = trimmed.StartsWith('-');
        var digits = negative ? trimmed[1..] : trimmed;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            error = "工作日数应为整数，例如 20。";
            return false;
        }

        if (negative)
        {
            error = "工作日数不能为负数。";
            return false;
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > MaxDays)
        {
            days = 0;
            error = $"工作日数不能超过{MaxDays}个。";
            return false;
        }

        error = null;
        return true;
    }
}
