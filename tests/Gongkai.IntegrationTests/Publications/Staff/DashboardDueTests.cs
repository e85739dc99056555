using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Publications.Staff;

public sealed class DashboardDueTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task The_workbench_counts_a_proactive_draft_past_its_twenty_working_days()
    {
        var steps = new DocumentSteps(factory);
        var drafter = await factory.SignInAsync("hunjiang-drafter");
        var quiet = await drafter.GetStringAsync("/admin/hunjiang");
        Assert.DoesNotContain("data-testid=\"dashboard-due\"", quiet, StringComparison.Ordinal);

        await steps.DraftAsync(drafter, "hunjiang", "逾期未公开的通知", f => f["writtenOn"] = "2025-01-06");

        var html = await drafter.GetStringAsync("/admin/hunjiang");
        Assert.Contains("已逾期 1 件", html, StringComparison.Ordinal);
    }
}
