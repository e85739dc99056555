using Gongkai.IntegrationTests.Reports.Supervision;
using Gongkai.Web.Platform.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>The annual report's deadline on the supervision list: due 31 January, overdue after it, dropped once published.</summary>
public sealed class SupervisedDeadlineTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    private const string Agency = "shandong";

    [Fact]
    public async Task The_supervision_list_carries_last_years_report_due_31_January_until_it_is_published()
    {
        var year = ReminderSteps.NextYear(factory.Clock);
        var agencyId = await AgencyIdAsync();

        factory.MoveTo(new(year, 1, 10));
        var missing = Assert.Single(await RowsAsync());
        Assert.Equal(agencyId, missing.ItemId);
        Assert.Equal($"/admin/{Agency}/annual-reports", missing.Link);
        Assert.Contains($"{year - 1}年度政府信息公开工作年度报告", missing.Text, StringComparison.Ordinal);
        Assert.Contains($"{year}年1月31日", missing.Text, StringComparison.Ordinal);
        Assert.NotEqual(nameof(Web.Features.Reports.Supervision.DeadlineStatus.Overdue), missing.Status);

        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        await ReportSteps.CreateAsync(office, Agency, year - 1, manual: true);
        factory.MoveTo(new(year, 2, 1));
        var drafted = Assert.Single(await RowsAsync());
        Assert.NotEqual(agencyId, drafted.ItemId);
        Assert.Equal(ReportSteps.Page(Agency, year - 1), drafted.Link);
        Assert.Equal(nameof(Web.Features.Reports.Supervision.DeadlineStatus.Overdue), drafted.Status);

        // Signed in again: the clock has moved past the first sign-in's lifetime.
        await ReminderSteps.FinishAndPublishAsync(factory, Agency, year - 1);
        Assert.Empty(await RowsAsync());
    }

    private async Task<Guid> AgencyIdAsync()
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Agencies.Where(a => a.Code == Agency).Select(a => a.Id).SingleAsync();
    }

    private async Task<IReadOnlyList<ListedDeadline>> RowsAsync()
    {
        var office = await factory.SignInAsync($"{Agency}-disclosureofficer");
        return await SupervisionSteps.RowsAsync(office, $"{SupervisionSteps.List(Agency)}?kind={DeadlineKind.AnnualReport}");
    }
}
