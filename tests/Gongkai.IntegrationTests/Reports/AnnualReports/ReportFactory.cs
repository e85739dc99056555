using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>
/// The real application on its own database, on a clock the test moves. The clock starts now, so that the demo data
/// (dated back from today, with fixed dates in 2024) loads as on any other day; the test then sets it back.
/// </summary>
public sealed class ReportFactory : GongkaiFactory
{
    public MovableTime Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
