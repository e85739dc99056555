namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>统计分析: documents, applications, interpretations, consultations and the mailbox, per agency and platform-wide.</summary>
internal static class StatisticsModule
{
    public static void Add(IServiceCollection services) => _ = services;

    public static void Map(WebApplication app) => _ = app;
}
