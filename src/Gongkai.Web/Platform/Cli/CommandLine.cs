using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Cli;

/// <summary>Verbs run instead of the web server: `dotnet run --project src/Gongkai.Web -- &lt;verb&gt; …`.</summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));
        switch (verb)
        {
            case "create-admin":
                await app.PrepareDatabaseAsync();
                Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, Options(args));
                return true;
            case "schema-script":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    Console.WriteLine(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Database.GenerateCreateScript());
                }

                return true;
            case "reindex":
                await app.PrepareDatabaseAsync();
                Environment.ExitCode = await ReindexCommand.RunAsync(app.Services);
                return true;
            case "migrate":
                await app.PrepareDatabaseAsync();
                Console.WriteLine("数据库已是最新结构。");
                return true;
            default:
                return false;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }
}
