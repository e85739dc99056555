using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>The real application on its own database, on a clock the test moves (it starts on 1 March 2022).</summary>
public sealed class ReportFactory : GongkaiFactory
{
    public MovableTime Clock { get; } = new(new DateTimeOffset(2022, 3, 1, 2, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
