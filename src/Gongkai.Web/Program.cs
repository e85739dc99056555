using Gongkai.Web.Platform;
using Gongkai.Web.Platform.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai();
var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.UseGongkai();
await app.RunAsync();

public partial class Program;
