using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Calendar;

/// <summary>
/// Public working-day arithmetic for anyone who needs a statutory deadline. Parameters arrive as text and are read here,
/// so a bad value gets a Chinese JSON error rather than the framework's empty 400.
/// </summary>
internal static class CalendarApi
{
    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar").AllowAnonymous().WithTags("工作日历");
        api.MapGet("/add-working-days", AddWorkingDaysAsync)
            .WithName("AddWorkingDays")
            .WithSummary("起算日之后的第N个工作日（起算日不计入）");
        api.MapGet("/is-working-day", IsWorkingDayAsync)
            .WithName("IsWorkingDay")
            .WithSummary("某日是否为工作日（含调休上班日）");
    }

    private static async Task<Results<Ok<AddWorkingDaysResponse>, JsonHttpResult<ApiError>>> AddWorkingDaysAsync(
        [FromQuery] string? from, [FromQuery] string? days, ComputeDeadline compute, CancellationToken cancellationToken)
    {
        var outcome = await compute.HandleAsync(from, days, cancellationToken);
        return outcome.Result is { } result
            ? TypedResults.Ok(new AddWorkingDaysResponse(result.From, result.Days, result.Due))
            : BadRequest(outcome.FirstError ?? "请求有误。");
    }

    private static async Task<Results<Ok<IsWorkingDayResponse>, JsonHttpResult<ApiError>>> IsWorkingDayAsync(
        [FromQuery] string? date, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        if (!CalendarInput.TryParseDate(date, "日期", out var day, out var error))
        {
            return BadRequest(error);
        }

        var current = await calendar.CurrentAsync(cancellationToken);
        try
        {
            return TypedResults.Ok(new IsWorkingDayResponse(day, current.IsWorkingDay(day)));
        }
        catch (CalendarYearNotLoadedException ex)
        {
            return BadRequest(ex.Message);
        }
    }

    private static JsonHttpResult<ApiError> BadRequest(string message) =>
        TypedResults.Json(new ApiError(message), statusCode: StatusCodes.Status400BadRequest);

    internal sealed record AddWorkingDaysResponse(DateOnly From, int Days, DateOnly Due);

    internal sealed record IsWorkingDayResponse(DateOnly Date, bool WorkingDay);

    internal sealed record ApiError(string Error);
}
