using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>The years and the publishing steps the reminder tests walk: always ahead of the factory's clock, which only moves forward.</summary>
internal static class ReminderSteps
{
    /// <summary>The year after the one the clock starts in (Beijing time), so every date in it lies ahead.</summary>
    public static int NextYear(TimeProvider clock) => Web.Platform.Calendar.ChineseDate.Today(clock).Year + 1;

    /// <summary>Enters an all-zero report on <paramref name="year"/> by hand, submits it and has the leader publish it.</summary>
    public static async Task PublishByHandAsync(GongkaiFactory factory, string agency, int year)
    {
        await ReportSteps.CreateAsync(await factory.SignInAsync($"{agency}-disclosureofficer"), agency, year, manual: true);
        await FinishAndPublishAsync(factory, agency, year);
    }

    /// <summary>Fills an existing hand-entered report with zeros, submits it and has the leader publish it.</summary>
    public static async Task FinishAndPublishAsync(GongkaiFactory factory, string agency, int year)
    {
        var office = await factory.SignInAsync($"{agency}-disclosureofficer");
        await ReportSteps.DoAsync(office, agency, year, "edit", ReportSteps.Narrative());
        await ReportSteps.DoAsync(office, agency, year, "submit");
        await ReportSteps.DoAsync(await factory.SignInAsync($"{agency}-leader"), agency, year, "publish");
    }
}
