using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Interpretations;

/// <summary>国办发〔2016〕19号: interpretation material is published within 3 working days of the document.</summary>
public static class InterpretationDeadline
{
    public const int WorkingDays = 3;

    /// <summary>
    /// The 3rd working day after the document's publication date, or null while the document is unpublished. When the
    /// year's holidays are not loaded yet, three calendar days: earlier than the real deadline, so it warns early.
    /// </summary>
    public static DateOnly? DueOn(WorkingDayCalendar calendar, DateOnly? documentPublishedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (documentPublishedOn is not { } published)
        {
            return null;
        }

        try
        {
            return calendar.AddWorkingDays(published, WorkingDays);
        }
        catch (CalendarYearNotLoadedException)
        {
            return published.AddDays(WorkingDays);
        }
    }

    /// <summary>Still unpublished (and not withdrawn) after its due date.</summary>
    public static bool Overdue(InterpretationStatus status, DateOnly? dueOn, DateOnly today) =>
        status is not (InterpretationStatus.Published or InterpretationStatus.Withdrawn) && dueOn < today;

    /// <summary>Published, but after the due date: the record keeps showing it.</summary>
    public static bool PublishedLate(DateOnly? dueOn, DateOnly? publishedOn) => publishedOn > dueOn;
}
