using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Reports.Statistics;

/// <summary>A host on a database of its own with <see cref="StatisticsScenario"/> built once for the test class.</summary>
public sealed class StatisticsFixture : IAsyncLifetime
{
    public GongkaiFactory Factory { get; } = new();

    internal StatisticsScenario Scenario { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Scenario = new StatisticsScenario(Factory);
        await Scenario.BuildAsync();
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
