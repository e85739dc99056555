using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Gongkai.IntegrationTests.Applications.Public;

/// <summary>
/// The application with limits high enough for a test class that submits and looks up many times from one address;
/// <see cref="RateLimitTests"/> sets low ones.
/// </summary>
public class ApplicantFactory : GongkaiFactory
{
    protected virtual string SubmitPerHour => "10000";

    protected virtual string LookupPerHour => "10000";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Applications:RateLimit:SubmitPerHour", SubmitPerHour);
        builder.UseSetting("Applications:RateLimit:LookupPerHour", LookupPerHour);
    }
}
