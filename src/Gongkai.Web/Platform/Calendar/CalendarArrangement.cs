namespace Gongkai.Web.Platform.Calendar;

/// <summary>A holiday or make-up working day added by a platform administrator (for a year after the shipped data, or a correction).</summary>
public sealed class CalendarArrangement
{
    private CalendarArrangement()
    {
    }

    public CalendarArrangement(DateOnly date, bool isOffDay, string name, string addedBy, DateTime addedAt)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 32)
        {
            throw new DomainException("请填写节日名称（不超过32个字）。");
        }

        Date = date;
        IsOffDay = isOffDay;
        Name = trimmed;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public DateOnly Date { get; private set; }
    public bool IsOffDay { get; private set; }
    public string Name { get; private set; } = "";
    public string AddedBy { get; private set; } = "";
    public DateTime AddedAt { get; private set; }

    public CalendarDay ToCalendarDay() => new(Date, IsOffDay, Name);

    /// <summary>Replaces the type and name of this date's arrangement, checked as a new one would be.</summary>
    public void Revise(bool isOffDay, string name, string revisedBy, DateTime revisedAt)
    {
        var revised = new CalendarArrangement(Date, isOffDay, name, revisedBy, revisedAt);
        IsOffDay = revised.IsOffDay;
        Name = revised.Name;
        AddedBy = revised.AddedBy;
        AddedAt = revised.AddedAt;
    }
}
