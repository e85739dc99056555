using Gongkai.Web.Platform.Calendar;

namespace Gongkai.Web.Features.Calendar;

/// <summary>The N-th working day after a date, from the text a citizen typed: used by the calculator page and the API alike.</summary>
internal sealed class ComputeDeadline(WorkingCalendar calendar)
{
    public async Task<DeadlineOutcome> HandleAsync(string? from, string? days, CancellationToken cancellationToken = default)
    {
        var fromOk = CalendarInput.TryParseDate(from, "起算日期", out var start, out var fromError);
        var daysOk = CalendarInput.TryParseDays(days, out var count, out var daysError);
        if (!fromOk || !daysOk)
        {
            return new DeadlineOutcome(null, fromError, daysError, null);
        }

        var current = await calendar.CurrentAsync(cancellationToken);
        try
        {
            return new DeadlineOutcome(DeadlineCalculation.Compute(current, start, count), null, null, null);
        }
        catch (CalendarYearNotLoadedException ex)
        {
            return new DeadlineOutcome(null, null, null, ex.Message);
        }
    }
}

/// <summary>Either a calculation or the Chinese messages saying what is wrong with each field (or with the period as a whole).</summary>
internal sealed record DeadlineOutcome(DeadlineCalculation? Result, string? FromError, string? DaysError, string? Error)
{
    public string? FirstError => FromError ?? DaysError ?? Error;
}
