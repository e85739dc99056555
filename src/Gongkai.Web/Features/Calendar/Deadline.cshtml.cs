using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Calendar;

/// <summary>The public deadline calculator: a GET form, so a result can be bookmarked or shared and no script is needed.</summary>
internal sealed class DeadlineModel(ComputeDeadline compute, TimeProvider time) : PageModel
{
    public string From { get; private set; } = "";
    public string Days { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public DeadlineCalculation? Result { get; private set; }
    public string? FromError { get; private set; }
    public string? DaysError { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "from")] string? start, [FromQuery] string? days, CancellationToken cancellationToken)
    {
        Today = ChineseDate.Today(time);
        if (start is null && days is null)
        {
            From = Today.ToString("yyyy-MM-dd");
            return;
        }

        From = start ?? "";
        Days = days ?? "";
        var outcome = await compute.HandleAsync(start, days, cancellationToken);
        (Result, FromError, DaysError, Error) = (outcome.Result, outcome.FromError, outcome.DaysError, outcome.Error);
    }

    /// <summary>The calculator's own address for a start date and a number of days, for the quick links.</summary>
    public string LinkFor(int days) => $"/calendar/deadline?from={Uri.EscapeDataString(StartForLinks)}&days={days}";

    private string StartForLinks => Result?.From.ToString("yyyy-MM-dd") ?? Today.ToString("yyyy-MM-dd");
}
