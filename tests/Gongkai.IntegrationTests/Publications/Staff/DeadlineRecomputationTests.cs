using System.Net;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Publications.Staff;

public sealed class DeadlineRecomputationTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    private const string CalendarPage = "/admin/platform/calendar";

    [Fact]
    public async Task Confirming_next_years_holidays_recounts_the_deadlines_of_unpublished_documents()
    {
        var steps = new DocumentSteps(factory);
        var drafter = await factory.SignInAsync("shanghai-drafter");
        var id = await steps.DraftAsync(drafter, "shanghai", "跨年起草的通知", f => f["writtenOn"] = "2026-12-21");
        Assert.Equal(new DateOnly(2027, 1, 18), (await steps.LoadAsync(id)).PublicationDueOn);

        var admin = await factory.SignInAsync("admin");
        var added = await admin.PostFormAsync(CalendarPage, $"{CalendarPage}?handler=Add", new() { ["date"] = "2027-01-01", ["kind"] = "off", ["name"] = "元旦" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var confirmed = await admin.PostFormAsync(CalendarPage, $"{CalendarPage}?handler=ConfirmYear", new() { ["year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        // 2026-12-22 … 2026-12-31 are 8 working days; 2027-01-01 is off; the 20th is 2027-01-19.
        Assert.Equal(new DateOnly(2027, 1, 19), (await steps.LoadAsync(id)).PublicationDueOn);
    }
}
