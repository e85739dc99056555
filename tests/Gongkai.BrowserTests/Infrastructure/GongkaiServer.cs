using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>
/// The real application on Kestrel, listening on a free loopback port so that a real browser can reach it,
/// with demo data on a database of its own (see <see cref="TestDatabase"/>).
/// </summary>
public sealed class GongkaiServer : WebApplicationFactory<Program>
{
    private readonly TestDatabase database = TestDatabase.Create();

    public GongkaiServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public TestDatabase Database => database;

    /// <summary>Where the server listens, for example http://127.0.0.1:41234/; known once <see cref="Start"/> has run.</summary>
    public Uri RootUri { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reports no address.");
        RootUri = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Gongkai", database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Attachments:Root", TestFolders.NewAttachmentFolder());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        database.Dispose();
    }
}
