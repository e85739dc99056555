using Gongkai.IntegrationTests.Participation.Mailbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.IntegrationTests.Reports.Supervision;

/// <summary>
/// The application on a fake clock that starts now (so the shared steps' "today" holds) and that a test moves forward
/// to the edges it is about; the scheduler is off, so nothing changes behind the test's back.
/// </summary>
public class SupervisionFactory : MailboxFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>An SMTP host and port for the digest, or null for none.</summary>
    protected virtual (string Host, int Port)? Smtp => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "false");
        if (Smtp is { } smtp)
        {
            builder.UseSetting("Smtp:Host", smtp.Host);
            builder.UseSetting("Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:From", "gongkai@example.gov.cn");
            builder.UseSetting("Smtp:SiteUrl", "https://gongkai.example.gov.cn");
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Moves the clock forward to 09:00 Beijing time on <paramref name="date"/>.</summary>
    public void MoveTo(DateOnly date)
    {
        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }
    }
}
