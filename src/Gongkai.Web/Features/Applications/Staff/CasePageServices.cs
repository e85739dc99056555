namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The case page: its gate, its query, the challenge records; the pages themselves are Razor Pages.</summary>
internal static class CasePageServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<CaseGate>();
        services.AddScoped<CaseDetails>();
        services.AddScoped<RecordChallenge>();
        services.AddScoped<ConcludeChallenge>();
    }

    public static void Map(WebApplication app) => _ = app;
}
