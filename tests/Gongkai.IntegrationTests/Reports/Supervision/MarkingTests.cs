using Gongkai.Web.Features.Applications.Clock;
using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Platform.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reports.Supervision;

/// <summary>The marking at its edges, on the application's own working-day calendar, with the clock moved forward.</summary>
public sealed class MarkingTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    [Fact]
    public async Task A_deadline_is_normal_then_due_soon_across_days_off_then_overdue_the_day_after()
    {
        var calendar = await factory.Services.GetRequiredService<WorkingCalendar>().CurrentAsync();
        var days = new ClockCalendar(calendar);
        var today = ChineseDate.Today(factory.Clock);
        // A receipt date whose deadline has days off within the last three working days before it.
        var received = Enumerable.Range(7, 30).Select(n => today.AddDays(n))
            .First(d => Enumerable.Range(1, DaysBetween(Back(days, Due(calendar, d), 3), Due(calendar, d)) - 1)
                .Any(i => !days.IsWorkingDay(Back(days, Due(calendar, d), 3).AddDays(i))));
        var due = Due(calendar, received);
        factory.MoveTo(received);
        var message = await SupervisionSteps.WriteMessageAsync(factory, "监察测试标记" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(due, message.DueOn);

        Assert.Equal("Normal", await StatusOnAsync(Back(days, due, 4), message.Id));
        Assert.Equal("DueSoon", await StatusOnAsync(Back(days, due, 3), message.Id));
        Assert.Equal("DueSoon", await StatusOnAsync(due, message.Id));
        Assert.Equal("Overdue", await StatusOnAsync(due.AddDays(1), message.Id));
    }

    private static DateOnly Due(WorkingDayCalendar calendar, DateOnly received) =>
        MessageDeadline.DueOn(calendar, received, MailboxSettings.DefaultAnswerWorkingDays).DueOn;

    /// <summary>The day <paramref name="workingDays"/> working days before <paramref name="date"/>.</summary>
    private static DateOnly Back(ClockCalendar days, DateOnly date, int workingDays)
    {
        var day = date;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (days.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    private static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private async Task<string> StatusOnAsync(DateOnly day, Guid messageId)
    {
        factory.MoveTo(day);
        // The sign-in cookie lives eight hours on the same clock: sign in again on the new day.
        var officer = await factory.SignInAsync("shandong-disclosureofficer");
        var rows = await SupervisionSteps.RowsAsync(officer, $"{SupervisionSteps.List()}?kind=MailboxAnswer&responsible=");
        var all = rows.ToList();
        for (var page = 2; all.All(r => r.ItemId != messageId) && page <= 20; page++)
        {
            var more = await SupervisionSteps.RowsAsync(officer, $"{SupervisionSteps.List()}?kind=MailboxAnswer&page={page}");
            if (more.Count == 0)
            {
                break;
            }

            all.AddRange(more);
        }

        return all.Single(r => r.ItemId == messageId).Status;
    }
}
