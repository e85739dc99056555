using System.Text.Json;
using Gongkai.Web.Platform.Calendar;
using Xunit;

namespace Gongkai.UnitTests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    private static DateOnly D(string isoDate) => DateOnly.Parse(isoDate, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Twenty_working_days_from_the_eve_of_national_day_2024_end_on_30_october()
    {
        Assert.Equal(D("2024-10-30"), Official.AddWorkingDays(D("2024-09-27"), 20));
    }

    [Fact]
    public void A_sunday_make_up_day_is_a_working_day()
    {
        Assert.Equal(DayOfWeek.Sunday, D("2024-09-29").DayOfWeek);
        Assert.True(Official.IsWorkingDay(D("2024-09-29")));
    }

    [Theory]
    [InlineData("2024-10-12")]
    [InlineData("2015-02-28")]
    [InlineData("2023-01-28")]
    [InlineData("2026-02-14")]
    public void A_saturday_make_up_day_is_a_working_day(string date)
    {
        Assert.Equal(DayOfWeek.Saturday, D(date).DayOfWeek);
        Assert.True(Official.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2024-10-01")]
    [InlineData("2024-05-01")]
    [InlineData("2025-01-28")]
    [InlineData("2020-10-08")]
    public void A_holiday_on_a_weekday_is_not_a_working_day(string date)
    {
        Assert.NotEqual(DayOfWeek.Saturday, D(date).DayOfWeek);
        Assert.NotEqual(DayOfWeek.Sunday, D(date).DayOfWeek);
        Assert.False(Official.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2024-10-19", false)]
    [InlineData("2024-10-20", false)]
    [InlineData("2024-10-05", false)]
    [InlineData("2024-10-16", true)]
    public void Ordinary_days_follow_the_weekday_rule(string date, bool expected)
    {
        Assert.Equal(expected, Official.IsWorkingDay(D(date)));
    }

    [Fact]
    public void A_make_up_saturday_is_counted_when_adding_working_days()
    {
        Assert.Equal(D("2024-10-12"), Official.AddWorkingDays(D("2024-10-07"), 5));
        Assert.Equal(D("2024-10-14"), Official.AddWorkingDays(D("2024-10-07"), 6));
    }

    [Fact]
    public void A_holiday_on_a_weekday_is_skipped_when_adding_working_days()
    {
        Assert.Equal(D("2024-05-06"), Official.AddWorkingDays(D("2024-04-30"), 1));
    }

    [Theory]
    [InlineData("2015-02-13", 1, "2015-02-15")]
    [InlineData("2015-02-17", 1, "2015-02-25")]
    [InlineData("2020-01-23", 1, "2020-02-03")]
    [InlineData("2023-01-20", 1, "2023-01-28")]
    [InlineData("2023-01-20", 3, "2023-01-30")]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-24", 2, "2025-01-27")]
    [InlineData("2025-01-24", 3, "2025-02-05")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    public void Working_days_are_counted_across_spring_festival(string from, int days, string expected)
    {
        Assert.Equal(D(expected), Official.AddWorkingDays(D(from), days));
    }

    [Theory]
    [InlineData("2015-09-30", 3, "2015-10-10")]
    [InlineData("2020-09-30", 1, "2020-10-09")]
    [InlineData("2020-09-30", 2, "2020-10-10")]
    [InlineData("2023-09-28", 1, "2023-10-07")]
    [InlineData("2023-09-28", 2, "2023-10-08")]
    [InlineData("2023-09-28", 3, "2023-10-09")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-09-30", 3, "2025-10-11")]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    public void Working_days_are_counted_across_national_day(string from, int days, string expected)
    {
        Assert.Equal(D(expected), Official.AddWorkingDays(D(from), days));
    }

    [Fact]
    public void Adding_zero_working_days_returns_the_start_date_even_on_a_holiday()
    {
        Assert.Equal(D("2024-10-01"), Official.AddWorkingDays(D("2024-10-01"), 0));
        Assert.Equal(D("2024-09-27"), Official.AddWorkingDays(D("2024-09-27"), 0));
    }

    [Fact]
    public void Adding_negative_working_days_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D("2024-09-27"), -1));
    }

    [Fact]
    public void A_year_that_is_not_loaded_throws_with_a_chinese_message()
    {
        var exception = Assert.Throws<CalendarYearNotLoadedException>(() => Official.IsWorkingDay(D("2027-01-04")));

        Assert.Equal(2027, exception.Year);
        Assert.Equal("尚未载入2027年的节假日安排，无法计算工作日。", exception.Message);
    }

    [Fact]
    public void Adding_working_days_into_a_year_that_is_not_loaded_throws()
    {
        var exception = Assert.Throws<CalendarYearNotLoadedException>(() => Official.AddWorkingDays(D("2026-12-30"), 5));

        Assert.Equal(2027, exception.Year);
    }

    [Fact]
    public void A_later_arrangement_for_the_same_date_overrides_the_official_one()
    {
        var calendar = new WorkingDayCalendar(
            [
                .. OfficialHolidays.Load(),
                new CalendarDay(D("2024-10-07"), false, "管理员调整"),
                new CalendarDay(D("2024-10-08"), true, "管理员调整"),
            ],
            OfficialHolidays.Years);

        Assert.True(calendar.IsWorkingDay(D("2024-10-07")));
        Assert.False(calendar.IsWorkingDay(D("2024-10-08")));
        Assert.Equal(D("2024-10-07"), calendar.AddWorkingDays(D("2024-09-30"), 1));
        Assert.Equal(D("2024-10-09"), calendar.AddWorkingDays(D("2024-09-30"), 2));
        Assert.False(Official.IsWorkingDay(D("2024-10-07")));
        Assert.Single(calendar.ArrangementsIn(2024, 10), d => d.Date == D("2024-10-07") && !d.IsOffDay);
    }

    [Fact]
    public void An_administrator_can_load_the_next_years_arrangements()
    {
        var calendar = new WorkingDayCalendar(
            [.. OfficialHolidays.Load(), new CalendarDay(D("2027-01-01"), true, "元旦")],
            [.. OfficialHolidays.Years, 2027]);

        Assert.Contains(2027, calendar.LoadedYears);
        Assert.False(calendar.IsWorkingDay(D("2027-01-01")));
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), 1));
    }

    [Theory]
    [InlineData("2024-09-27", 20)]
    [InlineData("2015-02-13", 7)]
    [InlineData("2020-01-20", 15)]
    [InlineData("2023-09-25", 20)]
    [InlineData("2025-12-25", 20)]
    [InlineData("2026-02-10", 1)]
    public void Counting_working_days_agrees_with_adding_them(string from, int days)
    {
        var start = D(from);
        var end = Official.AddWorkingDays(start, days);

        Assert.Equal(days, Official.CountWorkingDays(start, end));
        Assert.Equal(days - 1, Official.CountWorkingDays(start, end.AddDays(-1)));
        Assert.True(Official.IsWorkingDay(end));
    }

    [Fact]
    public void Counting_to_a_date_not_after_the_start_gives_zero()
    {
        Assert.Equal(0, Official.CountWorkingDays(D("2024-09-27"), D("2024-09-27")));
        Assert.Equal(0, Official.CountWorkingDays(D("2024-09-27"), D("2024-09-01")));
    }

    [Fact]
    public void Counting_over_national_day_2024_includes_both_make_up_days()
    {
        Assert.Equal(20, Official.CountWorkingDays(D("2024-09-27"), D("2024-10-30")));
        Assert.Equal(2, Official.CountWorkingDays(D("2024-09-28"), D("2024-10-07")));
    }

    [Fact]
    public void The_month_view_lists_the_explicit_arrangements_in_date_order()
    {
        var october = Official.ArrangementsIn(2024, 10);

        Assert.Equal(
            [D("2024-10-01"), D("2024-10-02"), D("2024-10-03"), D("2024-10-04"), D("2024-10-05"), D("2024-10-06"), D("2024-10-07"), D("2024-10-12")],
            october.Select(d => d.Date));
        Assert.False(october[^1].IsOffDay);
        Assert.Equal("国庆节", october[0].Name);
        Assert.Empty(Official.ArrangementsIn(2024, 11));
    }

    [Fact]
    public void Every_year_from_2007_to_2026_is_loaded()
    {
        var expected = Enumerable.Range(2007, 20).ToHashSet();

        Assert.True(expected.SetEquals(OfficialHolidays.Years));
        Assert.True(expected.SetEquals(Official.LoadedYears));
    }

    [Fact]
    public void Every_embedded_holiday_file_has_at_least_one_off_day()
    {
        var assembly = typeof(OfficialHolidays).Assembly;
        var resources = assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Platform.Calendar.Holidays.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(20, resources.Count);
        foreach (var resource in resources)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var document = JsonDocument.Parse(stream);
            var offDays = document.RootElement.GetProperty("days").EnumerateArray().Count(d => d.GetProperty("isOffDay").GetBoolean());

            Assert.True(offDays > 0, $"{resource} has no off day");
        }
    }

    [Fact]
    public void Every_loaded_year_has_off_days_in_the_loaded_list()
    {
        var offDaysByYear = OfficialHolidays.Load().Where(d => d.IsOffDay).GroupBy(d => d.Date.Year).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enumerable.Range(2007, 20), year => Assert.True(offDaysByYear.GetValueOrDefault(year) > 0, $"{year} has no off day"));
    }
}
