namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>统计分析: documents, applications, interpretations, consultations and the mailbox, per agency and platform-wide.</summary>
internal static class StatisticsModule
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<DocumentStatistics>();
        services.AddScoped<ApplicationStatistics>();
        services.AddScoped<InterpretationStatistics>();
        services.AddScoped<ConsultationStatistics>();
        services.AddScoped<MailboxStatistics>();
        services.AddScoped<AgencyBreakdown>();
        services.AddScoped<ComputeStatistics>();
        services.AddScoped<ExportStatistics>();
    }

    // The pages (and their ?handler=export downloads) are Razor Pages, authorized by their /admin route prefix.
    public static void Map(WebApplication app) => _ = app;
}
