using System.Globalization;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>The arithmetic of the figures: medians and shares, and how the page and the workbook print them.</summary>
public static class StatisticsMath
{
    /// <summary>The middle value; with an even count, the mean of the two middle ones. Null when there is none.</summary>
    public static decimal? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>The part as a percentage of the whole, one decimal; null when the whole is zero (nothing to share).</summary>
    public static decimal? Share(int part, int whole) =>
        whole <= 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>66.7% — or “—” when there is nothing to measure.</summary>
    public static string FormatShare(int part, int whole) =>
        Share(part, whole) is { } share ? share.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>12 or 12.5 — or “—”.</summary>
    public static string FormatDays(decimal? days) =>
        days is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) : "—";
}
