using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Gongkai.IntegrationTests.Participation.Mailbox;

/// <summary>
/// The application with mailbox limits high enough for a test class that writes and looks up many times from one
/// address; <see cref="MailboxRateLimitTests"/> sets low ones.
/// </summary>
public class MailboxFactory : GongkaiFactory
{
    protected virtual string MessagePerHour => "10000";

    protected virtual string LookupPerHour => "10000";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Participation:RateLimit:MessagePerHour", MessagePerHour);
        builder.UseSetting("Participation:RateLimit:MessageLookupPerHour", LookupPerHour);
    }
}
