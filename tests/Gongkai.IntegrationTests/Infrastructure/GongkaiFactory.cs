using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>The real application, with demo data, on a database of its own (see <see cref="TestDatabase"/>).</summary>
public class GongkaiFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase database;
    private readonly bool ownsDatabase = true;

    public GongkaiFactory()
        : this(TestDatabase.Create())
    {
    }

    protected GongkaiFactory(TestDatabase database, bool ownsDatabase = true)
    {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
    }

    /// <summary>A host on a given database: another engine than this run's, or one that outlives the host (a restart).</summary>
    public static GongkaiFactory On(TestDatabase database, bool ownsDatabase = true) => new(database, ownsDatabase);

    public TestDatabase Database => database;

    /// <summary>A scope on the host's services, to read what the HTTP calls wrote.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public GongkaiDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();

    public StaffClient Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public async Task<StaffClient> SignInAsync(string userName, string password = Gongkai.Web.Platform.Demo.DemoData.Password)
    {
        var client = Anonymous();
        await client.SignInAsync(userName, password);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Gongkai", database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Attachments:Root", TestFolders.NewAttachmentFolder());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            database.Dispose();
        }
    }
}
