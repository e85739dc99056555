using System.Collections.ObjectModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Gongkai.Web.Platform.Calendar;

public static class OfficialHolidays
{
    private const string ResourceMarker = ".Platform.Calendar.Holidays.";

    private static readonly Lazy<LoadedData> Data = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlySet<int> Years => Data.Value.Years;

    public static IReadOnlyList<CalendarDay> Load() => Data.Value.Days;

    private static LoadedData Read()
    {
        var assembly = typeof(OfficialHolidays).Assembly;
        var files = new List<(int Year, List<CalendarDay> Days)>();

        foreach (var resourceName in assembly.GetManifestResourceNames())
        {
            if (resourceName.Contains(ResourceMarker, StringComparison.Ordinal)
                && resourceName.EndsWith(".json", StringComparison.Ordinal))
            {
                files.Add(ReadFile(assembly, resourceName));
            }
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException("未找到内嵌的节假日安排数据（Platform/Calendar/Holidays/*.json）。");
        }

        // Files are applied in year order so that, should two files ever disagree about a date,
        // the arrangement published later wins, as it does for administrator-added entries.
        files.Sort((a, b) => a.Year.CompareTo(b.Year));

        var days = new List<CalendarDay>();
        var years = new HashSet<int>();
        foreach (var (year, fileDays) in files)
        {
            if (!years.Add(year))
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"节假日安排数据中{year}年出现了不止一次。"));
            }

            days.AddRange(fileDays);
        }

        return new LoadedData(new ReadOnlyCollection<CalendarDay>(days), new ReadOnlySet<int>(years));
    }

    private static (int Year, List<CalendarDay> Days) ReadFile(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"无法读取内嵌资源 {resourceName}。");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;

        var year = root.GetProperty("year").GetInt32();
        var days = new List<CalendarDay>();
        foreach (var entry in root.GetProperty("days").EnumerateArray())
        {
            var dateText = entry.GetProperty("date").GetString()
                ?? throw new InvalidOperationException($"{resourceName} 中存在缺少日期的条目。");
            var date = DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var name = entry.GetProperty("name").GetString() ?? string.Empty;
            days.Add(new CalendarDay(date, entry.GetProperty("isOffDay").GetBoolean(), name));
        }

        return (year, days);
    }

    private sealed record LoadedData(IReadOnlyList<CalendarDay> Days, IReadOnlySet<int> Years);
}
