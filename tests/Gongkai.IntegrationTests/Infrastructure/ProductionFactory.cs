using Microsoft.AspNetCore.Hosting;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>The application as a production deployment starts it: no demo data, no account.</summary>
public sealed class ProductionFactory : GongkaiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Demo:Enabled", "false");
    }
}
