using System.Globalization;

namespace Gongkai.Web.Platform.Calendar;

public sealed class CalendarYearNotLoadedException : Exception
{
    public CalendarYearNotLoadedException(int year)
        : base(string.Create(CultureInfo.InvariantCulture, $"尚未载入{year}年的节假日安排，无法计算工作日。"))
    {
        Year = year;
    }

    public int Year { get; }
}
