using Gongkai.Web.Platform;
using Gongkai.Web.Platform.Cli;
using Gongkai.Web.Platform.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai();
var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();
await app.EnsureSearchIndexAsync();
app.UseGongkai();
await app.RunAsync();

public partial class Program;
