namespace Gongkai.Web.Platform.Calendar;

public sealed record CalendarDay(DateOnly Date, bool IsOffDay, string Name);
