using Gongkai.Web.Features;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Cli;
using Gongkai.Web.Platform.Demo;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Web;

namespace Gongkai.Web.Platform;

/// <summary>How the host is put together: platform services, then each capability's module.</summary>
public static class GongkaiHost
{
    public static void AddGongkai(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddPersistence(builder.Configuration, builder.Environment);
        services.AddStaffAuth();
        services.AddWebPlatform();
        services.AddDemoData(builder.Configuration);
        services.AddFeatures();
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        var demo = scope.ServiceProvider.GetService<DemoData>();
        if (demo is not null)
        {
            await demo.EnsureAsync();
        }
    }

    public static void UseGongkai(this WebApplication app)
    {
        app.UseWebPlatform();
        app.MapFeatures();
    }
}
